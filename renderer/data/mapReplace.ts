// Puts new contents into an existing map in one transaction: its nodes, relationships, contact
// log, actions and messages are swapped for the given ones, while the map keeps its id, name and
// snapshots. Returns the contents it took out, so that an undo can put them back exactly.

import type { MapBundle } from '@shared/domain/types';
import { db, type StakemapDatabase } from './db';
import { nowTimestamp } from './ids';
import { recordsOfMap } from './mapRange';
import { stampMap } from './mapStamp';
import { writeToMap } from './mapWrite';

/** Everything inside a map but the map record itself. */
export type MapContents = Omit<MapBundle, 'map'>;

function contentTables(database: StakemapDatabase) {
  return [
    database.nodes,
    database.relationships,
    database.interactions,
    database.actions,
    database.messages,
  ] as const;
}

/** Replaces the contents of a map; resolves with what was there, or undefined if the map is gone. */
export async function replaceMapContents(
  mapId: string,
  contents: MapContents,
): Promise<MapContents | undefined> {
  const withMap = <T extends { mapId: string }>(record: T): T => ({ ...record, mapId });
  // The contents taken out are read record by record, so a staged map is expanded first.
  return writeToMap(mapId, [db.maps, ...contentTables(db)], async () => {
    if (!(await db.maps.get(mapId))) return undefined;
    const [nodes, relationships, interactions, actions, messages] = await Promise.all([
      recordsOfMap(db.nodes, mapId).toArray(),
      recordsOfMap(db.relationships, mapId).toArray(),
      recordsOfMap(db.interactions, mapId).toArray(),
      recordsOfMap(db.actions, mapId).toArray(),
      recordsOfMap(db.messages, mapId).toArray(),
    ]);
    for (const table of contentTables(db)) {
      await recordsOfMap<{ id: string }>(table, mapId).delete();
    }
    await db.nodes.bulkAdd(contents.nodes.map(withMap));
    await db.relationships.bulkAdd(contents.relationships.map(withMap));
    await db.interactions.bulkAdd(contents.interactions.map(withMap));
    await db.actions.bulkAdd(contents.actions.map(withMap));
    await db.messages.bulkAdd(contents.messages.map(withMap));
    await stampMap(mapId, nowTimestamp());
    return { nodes, relationships, interactions, actions, messages };
  });
}
