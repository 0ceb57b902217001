// Shows the app only once the database is open; otherwise a plain explanation, a way to try
// again and, on the desktop, the backups on disk. It never offers to wipe anything.

import type { ReactNode } from 'react';
import { useDatabaseStatus } from '../data/databaseStatus';
import { BackupRecovery } from '../features/backups/BackupRecovery';

export function DatabaseGate({ children }: { children: ReactNode }) {
  const [status, retry] = useDatabaseStatus();
  if (status.state === 'ready') return <>{children}</>;
  if (status.state === 'opening') {
    return (
      <main className="centered-message">
        <p className="muted">Opening your maps…</p>
      </main>
    );
  }
  if (status.state === 'blocked') {
    return (
      <main className="centered-message" role="alert">
        <h1>Another Stakemap window is using an older version of your maps</h1>
        <p>
          Close the other Stakemap windows and browser tabs. Stakemap opens by itself once they are
          closed; nothing has been changed.
        </p>
      </main>
    );
  }
  if (status.state === 'closed-for-upgrade') {
    return (
      <main className="centered-message" role="alert">
        <h1>Stakemap was updated in another window</h1>
        <p>Reload to carry on with the new version. Everything you saved is kept.</p>
        <button type="button" className="primary" onClick={() => window.location.reload()}>
          Reload
        </button>
      </main>
    );
  }
  return (
    <main className="centered-message" role="alert">
      <h1>{status.title}</h1>
      <p>{status.advice}</p>
      <div className="button-row">
        <button type="button" className="primary" onClick={retry}>
          Try again
        </button>
      </div>
      <details>
        <summary>Technical details</summary>
        <pre className="error-details">{status.detail}</pre>
      </details>
      <BackupRecovery />
    </main>
  );
}
