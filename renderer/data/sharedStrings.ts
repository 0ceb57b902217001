// One copy of each string an open map's records repeat. Every record read from IndexedDB comes
// with its own copy of every string in it, so a map of 1,000 nodes and 4,000 relationships held
// 5,000 copies of its own id, 10,000 of a few timestamps, a copy of a node's id in every
// relationship that names it, and a copy of each kind per record: about 1.3 MB of the 25 MB the
// open map takes. Records read for the editor (mapRecords.ts) have these fields replaced by the
// one copy in the map's pool, which lives while any view of the map is open.

/** Fields whose values repeat across a map's records; `id` so relationships share nodes' ids. */
const REPEATED_FIELDS = [
  'id',
  'mapId',
  'createdAt',
  'updatedAt',
  'kind',
  'sourceId',
  'targetId',
] as const;

interface Pool {
  strings: Map<string, string>;
  users: number;
}

const pools = new Map<string, Pool>();

/** Holds `mapId`'s pool until the returned function is called. */
export function holdStringPool(mapId: string): () => void {
  const pool = pools.get(mapId) ?? { strings: new Map(), users: 0 };
  pool.users += 1;
  pools.set(mapId, pool);
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    pool.users -= 1;
    if (pool.users === 0 && pools.get(mapId) === pool) pools.delete(mapId);
  };
}

/**
 * Replaces each repeated field of `records` (freshly read, not yet shown) with the pool's copy of
 * its value. The values stay equal, so nothing that reads the records can tell, but for memory.
 * Without a held pool for `mapId`, leaves them as they are. A record that was not there (a read
 * by key of a deleted one) is passed over.
 */
export function shareRepeatedStrings(
  mapId: string,
  records: ReadonlyArray<object | undefined>,
): void {
  const strings = pools.get(mapId)?.strings;
  if (strings === undefined) return;
  for (const record of records) {
    if (record === undefined) continue;
    for (const field of REPEATED_FIELDS) {
      const value: unknown = Reflect.get(record, field);
      if (typeof value !== 'string') continue;
      // Equal strings compare equal whichever copy they are, so the pool's is put back always.
      const shared = strings.get(value);
      if (shared === undefined) strings.set(value, value);
      else Reflect.set(record, field, shared);
    }
  }
}

/** How many strings `mapId`'s pool holds; 0 when none is held (for tests). */
export function pooledStringCount(mapId: string): number {
  return pools.get(mapId)?.strings.size ?? 0;
}
