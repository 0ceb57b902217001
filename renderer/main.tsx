// Entry point of the renderer: picks the host and mounts the app.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { DatabaseGate } from './app/DatabaseGate';
import { ErrorBoundary } from './app/ErrorBoundary';
import { installStaleHistoryGuard } from './commands/staleHistoryGuard';
import { detectHost } from './platform/currentHost';
import { HostProvider } from './platform/HostContext';
import './styles.css';

installStaleHistoryGuard();

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element to mount Stakemap in.');

createRoot(container).render(
  <StrictMode>
    <ErrorBoundary>
      <HostProvider host={detectHost()}>
        <DatabaseGate>
          <App />
        </DatabaseGate>
      </HostProvider>
    </ErrorBoundary>
  </StrictMode>,
);
