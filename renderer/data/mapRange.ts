// Reading one map's records by their primary key. Every map-content table is keyed [mapId+id],
// so a map's records are one contiguous primary-key range. Reading them through a mapId index
// cost a second lookup per record (twice as slow for 20,000 relationships in the benchmark) and
// turned one range delete into a delete per record; schema version 3 dropped that index.

import Dexie, { type Collection, type Table } from 'dexie';
import type { MapScopedKey } from './db';

/** The first and last possible keys of one map's records, inclusive. */
export function mapKeyBounds(mapId: string): [lower: [string, number], upper: [string, unknown]] {
  return [
    [mapId, Dexie.minKey],
    [mapId, Dexie.maxKey],
  ];
}

/** One map's records of a table, in primary-key order (sorted by id). */
export function recordsOfMap<T>(
  table: Table<T, MapScopedKey>,
  mapId: string,
): Collection<T, MapScopedKey> {
  const [lower, upper] = mapKeyBounds(mapId);
  return table.where(':id').between(lower, upper, true, true);
}
