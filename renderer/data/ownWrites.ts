// Whether another window changed a map since this window last did. Every write stamps its map's
// updatedAt, and ownMapWrites.ts records the newest stamp this window wrote; a stored updatedAt
// newer than that means another window or tab changed the map since. Undo and redo are refused
// then (see renderer/commands/staleHistoryGuard.ts): replaying this window's old values would
// overwrite that newer work.

import { db } from './db';
import { newestOwnWriteTo } from './ownMapWrites';

/** True when the map was changed after this window's last write to it. */
export async function changedElsewhere(mapId: string): Promise<boolean> {
  const own = newestOwnWriteTo(mapId);
  if (own === undefined) return false;
  const stored = await db.maps.get(mapId);
  return stored !== undefined && stored.updatedAt > own;
}
