// Short messages for the user: a status line ("Imported 42 nodes") announced politely, and an
// error that is announced at once and stays until dismissed or replaced.

import { useSyncExternalStore } from 'react';

export interface Notices {
  status: string | null;
  error: { title: string; details: string[] } | null;
}

let notices: Notices = { status: null, error: null };
const listeners = new Set<() => void>();

function publish(next: Notices): void {
  notices = next;
  for (const listener of listeners) listener();
}

/** How long a status line stays on screen; screen readers have announced it long before. */
const STATUS_VISIBLE_MS = 8000;
let statusTimer: ReturnType<typeof setTimeout> | undefined;

export function announce(status: string): void {
  publish({ ...notices, status });
  clearTimeout(statusTimer);
  statusTimer = setTimeout(() => publish({ ...notices, status: null }), STATUS_VISIBLE_MS);
}

export function reportError(title: string, details: string[] = []): void {
  publish({ ...notices, error: { title, details } });
}

/** The words of an error, whatever was thrown. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A rejection handler that reports a failed action with what went wrong. */
export function reportFailure(what: string): (error: unknown) => void {
  return (error: unknown) => reportError(what, [errorMessage(error)]);
}

/** Follows a write: reports its failure as reportFailure does, and resolves whether it landed. */
export function savedOrReported(write: Promise<unknown>, what: string): Promise<boolean> {
  return write.then(
    () => true,
    (error: unknown) => {
      reportFailure(what)(error);
      return false;
    },
  );
}

export function dismissError(): void {
  publish({ ...notices, error: null });
}

export function useNotices(): Notices {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => notices,
  );
}
