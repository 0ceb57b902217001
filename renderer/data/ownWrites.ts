// Which maps this window has written, and when. Every write stamps its map's updatedAt; the hooks
// below see only this window's writes, so a stored updatedAt newer than the newest one seen here
// means another window or tab changed the map since. Undo and redo are refused then (see
// renderer/commands/staleHistoryGuard.ts): replaying this window's old values would overwrite
// that newer work.

import { db } from './db';

const newestOwnWrite = new Map<string, string>();

function remember(mapId: unknown, updatedAt: unknown): void {
  if (typeof mapId !== 'string' || typeof updatedAt !== 'string') return;
  const known = newestOwnWrite.get(mapId);
  if (known === undefined || updatedAt > known) newestOwnWrite.set(mapId, updatedAt);
}

db.maps.hook('creating', (_key, map) => remember(map.id, map.updatedAt));
db.maps.hook('updating', (changes, mapId) => {
  if ('updatedAt' in changes) remember(mapId, Reflect.get(changes, 'updatedAt'));
});

/** True when the map was changed after this window's last write to it. */
export async function changedElsewhere(mapId: string): Promise<boolean> {
  const own = newestOwnWrite.get(mapId);
  if (own === undefined) return false;
  const stored = await db.maps.get(mapId);
  return stored !== undefined && stored.updatedAt > own;
}
