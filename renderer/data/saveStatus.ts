// Tracks writes in flight so the UI can say "Saving…" and then "All changes saved" only once
// IndexedDB has committed, and can say plainly when a write failed.

import { isCancelled } from './importing/cancelled';

export interface SaveStatus {
  pending: number;
  lastError: string | null;
}

let status: SaveStatus = { pending: 0, lastError: null };
const listeners = new Set<() => void>();

function publish(next: SaveStatus): void {
  status = next;
  for (const listener of listeners) listener();
}

export function subscribeSaveStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getSaveStatus(): SaveStatus {
  return status;
}

/** Wraps a write so the save indicator follows it; rethrows so callers can react too. */
export async function trackWrite<T>(write: () => Promise<T>): Promise<T> {
  publish({ ...status, pending: status.pending + 1 });
  try {
    const result = await write();
    publish({ pending: status.pending - 1, lastError: null });
    return result;
  } catch (error) {
    // A write the user cancelled (an import) rolled back as asked: nothing failed.
    const lastError = isCancelled(error) ? status.lastError : describeStorageError(error);
    publish({ pending: status.pending - 1, lastError });
    throw error;
  }
}

/** Turns an IndexedDB failure into words a user can act on. */
export function describeStorageError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError' || /quota/i.test(String(error))) {
    return 'The disk is full, so the last change was not saved. Free some space, then try again.';
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `The last change could not be saved (${detail}). Your earlier work is safe; try again.`;
}
