// Catches a rendering failure so the user sees what happened instead of a blank window. Their maps
// are in IndexedDB and untouched; reloading brings the app back.

import { Component, type ErrorInfo, type ReactNode } from 'react';
import { logError, recentErrorsText } from '../platform/errorLog';

interface ErrorBoundaryState {
  error: Error | null;
  details: string;
  copied: boolean;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, details: '', copied: false };

  static getDerivedStateFromError(error: Error): Partial<ErrorBoundaryState> {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    const details = `${error.name}: ${error.message}\n${error.stack ?? ''}\n${info.componentStack ?? ''}`;
    // The earlier errors (read before this one joins them) may explain this one.
    const earlier = recentErrorsText();
    logError('Stakemap hit an unexpected error', error);
    this.setState({
      details: `${details}\n\nEarlier errors (kept on this computer only):\n${earlier}`,
    });
  }

  private copyDetails = () => {
    navigator.clipboard
      .writeText(this.state.details)
      .then(() => this.setState({ copied: true }))
      .catch(() => this.setState({ copied: false }));
  };

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <main className="centered-message" role="alert">
        <h1>Something went wrong</h1>
        <p>
          Stakemap hit an unexpected problem. Your maps are stored safely on this computer: reload
          to carry on where you were.
        </p>
        <div className="button-row">
          <button type="button" className="primary" onClick={() => window.location.reload()}>
            Reload
          </button>
          <button type="button" onClick={this.copyDetails}>
            {this.state.copied ? 'Details copied' : 'Copy error details'}
          </button>
        </div>
        <pre className="error-details">{this.state.details || this.state.error.message}</pre>
      </main>
    );
  }
}
