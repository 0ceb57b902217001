// Undo and redo, one history per open map. Entries are do/undo pairs recorded by the commands in
// renderer/commands/; they run one at a time so an undo never overtakes the write before it.

import { useSyncExternalStore } from 'react';

export interface HistoryEntry {
  label: string;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

/** How many steps each map keeps; older ones are forgotten first. */
export const HISTORY_LIMIT = 500;

interface MapHistory {
  past: HistoryEntry[];
  future: HistoryEntry[];
  queue: Promise<void>;
  snapshot: HistorySnapshot;
}

export interface HistorySnapshot {
  undoLabel: string | null;
  redoLabel: string | null;
}

/**
 * Thrown by the guard when replaying this window's history would overwrite newer work from
 * elsewhere: the map's history in this window is then cleared, since every step in it is older.
 */
export class StaleHistoryError extends Error {
  override name = 'StaleHistoryError';
}

/** Checked before each undo and redo; throws StaleHistoryError to refuse the step. */
type HistoryGuard = (mapId: string) => Promise<void>;
let guard: HistoryGuard = async () => undefined;

export function setHistoryGuard(next: HistoryGuard): void {
  guard = next;
}

const histories = new Map<string, MapHistory>();
const listeners = new Set<() => void>();
const EMPTY: HistorySnapshot = { undoLabel: null, redoLabel: null };

function historyOf(mapId: string): MapHistory {
  let history = histories.get(mapId);
  if (!history) {
    history = { past: [], future: [], queue: Promise.resolve(), snapshot: EMPTY };
    histories.set(mapId, history);
  }
  return history;
}

function changed(history: MapHistory): void {
  history.snapshot = {
    undoLabel: history.past.at(-1)?.label ?? null,
    redoLabel: history.future.at(-1)?.label ?? null,
  };
  for (const listener of listeners) listener();
}

export function recordHistory(mapId: string, entry: HistoryEntry): void {
  const history = historyOf(mapId);
  history.past.push(entry);
  if (history.past.length > HISTORY_LIMIT) history.past.shift();
  history.future = [];
  changed(history);
}

function step(mapId: string, from: 'past' | 'future'): Promise<string | null> {
  const history = historyOf(mapId);
  const run = history.queue.then(async () => {
    if (history[from].length === 0) return null;
    try {
      await guard(mapId);
    } catch (error) {
      if (error instanceof StaleHistoryError) {
        history.past = [];
        history.future = [];
        changed(history);
      }
      throw error;
    }
    const entry = history[from].pop();
    if (!entry) return null;
    try {
      await (from === 'past' ? entry.undo() : entry.redo());
    } catch (error) {
      // Put the entry back: the map did not change, so the step is still there to take.
      history[from].push(entry);
      changed(history);
      throw error;
    }
    history[from === 'past' ? 'future' : 'past'].push(entry);
    changed(history);
    return entry.label;
  });
  history.queue = run.then(
    () => undefined,
    () => undefined,
  );
  return run;
}

/** Undoes the last change to the map; resolves with its label, or null when there was none. */
export function undo(mapId: string): Promise<string | null> {
  return step(mapId, 'past');
}

export function redo(mapId: string): Promise<string | null> {
  return step(mapId, 'future');
}

export function historyDepth(mapId: string): { past: number; future: number } {
  const history = historyOf(mapId);
  return { past: history.past.length, future: history.future.length };
}

export function useHistory(mapId: string): HistorySnapshot {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => histories.get(mapId)?.snapshot ?? EMPTY,
  );
}
