// Opens the database once at start-up and reports, in words, why it could not be opened. Nothing
// here ever deletes or recreates the database: a failure leaves the data where it is.

import { useEffect, useState } from 'react';
import { db } from './db';

export type DatabaseStatus =
  | { state: 'opening' }
  | { state: 'ready' }
  | { state: 'failed'; title: string; advice: string; detail: string }
  /** Waiting for another window, open on an older version of the database, to let go of it. */
  | { state: 'blocked' }
  | { state: 'closed-for-upgrade' };

export function explainOpenFailure(error: unknown): Extract<DatabaseStatus, { state: 'failed' }> {
  const name = error instanceof Error ? error.name : '';
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (name === 'VersionError') {
    return {
      state: 'failed',
      title: 'Your maps were saved by a newer version of Stakemap',
      advice: 'Update Stakemap to open them. They have not been changed.',
      detail,
    };
  }
  if (name === 'DatabaseClosedError' && /blocked/i.test(detail)) {
    return {
      state: 'failed',
      title: 'Another Stakemap window is using an older version of your maps',
      advice: 'Close the other Stakemap windows, then choose Try again.',
      detail,
    };
  }
  if (name === 'QuotaExceededError') {
    return {
      state: 'failed',
      title: 'The disk is full',
      advice: 'Free some space on this computer, then choose Try again. Your maps are untouched.',
      detail,
    };
  }
  return {
    state: 'failed',
    title: 'Stakemap could not open your maps',
    advice:
      'Nothing has been deleted. Try again; if it keeps failing, restart the computer, or restore a backup.',
    detail,
  };
}

export function useDatabaseStatus(): [DatabaseStatus, () => void] {
  const [status, setStatus] = useState<DatabaseStatus>({ state: 'opening' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    // A newer Stakemap opened in another window wants to upgrade the schema: step aside rather
    // than block it, and ask the user to reload into the new version.
    const onVersionChange = () => {
      db.close();
      setStatus({ state: 'closed-for-upgrade' });
      return false;
    };
    // Another window holds the database on an older version and does not let go (an older
    // Stakemap, or a tab that ignores versionchange): IndexedDB keeps the open waiting, with no
    // error, so without this the user would look at "Opening your maps…" for ever. The open goes
    // on by itself once that window closes.
    const onBlocked = () => {
      if (!cancelled) setStatus((now) => (now.state === 'opening' ? { state: 'blocked' } : now));
    };
    db.on('versionchange', onVersionChange);
    db.on('blocked', onBlocked);
    db.open()
      .then(() => {
        if (!cancelled) setStatus({ state: 'ready' });
      })
      .catch((error: unknown) => {
        if (!cancelled) setStatus(explainOpenFailure(error));
      });
    return () => {
      cancelled = true;
      db.on('versionchange').unsubscribe(onVersionChange);
      db.on('blocked').unsubscribe(onBlocked);
    };
  }, [attempt]);

  return [status, () => setAttempt((count) => count + 1)];
}
