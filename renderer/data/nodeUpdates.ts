// Changes to nodes, worked out and written inside the transaction nodeRepository's updateNodes
// opens: applied in order on the stored nodes (or, for a quick edit, on the nodes this window
// believes stored, checked before the transaction ends), written with their map's stamp.

import type { StakeMap, StakeNode } from '@shared/domain/types';
import { db, type MapScopedKey } from './db';
import { knownMap, knownRecord, noteRecords, sameRecord } from './knownRecords';
import { recordsOfMap } from './mapRange';
import { putMapStamped } from './mapStamp';
import { restageNodes, shouldRestage } from './nodeRestage';
import { readStoredAndStaged } from './stagedParts';
import { stagedMeanwhile } from './stagedMeanwhile';

/** The fields an editor may change directly; ids, map and timestamps are the repository's. */
export type NodeChanges = Partial<Omit<StakeNode, 'id' | 'mapId' | 'createdAt' | 'updatedAt'>>;

/**
 * Changes, or how to work them out from the node as stored when the write runs. An edit to one
 * field of a group (a person's details, the assessment) writes the whole group; built from the
 * copy on screen, two quick edits (type a role, then tick do-not-contact before the first write
 * comes back) would each start from the same old group and the second would undo the first.
 */
export type NodeUpdate = NodeChanges | ((stored: StakeNode) => NodeChanges);

interface Update {
  id: string;
  changes: NodeUpdate;
}

interface Previous {
  id: string;
  changes: NodeChanges;
}

/**
 * The body of updateNodes' transaction. An edit of a few nodes this window knows (knownRecords.ts)
 * sends its reads and writes together and checks the reads before the transaction ends; any other
 * reads first, then writes.
 */
export async function writeNodeUpdates(
  mapId: string,
  updates: readonly Update[],
  now: string,
  { mayRestage = false }: { mayRestage?: boolean } = {},
): Promise<Previous[]> {
  const ids = [...new Set(updates.map((update) => update.id))];
  if (mayRestage) return writeRestaging(mapId, ids, updates, now);
  const believed = ids.length <= MAX_BELIEVED ? believedNodes(mapId, ids) : undefined;
  if (believed !== undefined) return writeOnBelief(mapId, ids, updates, believed, now);
  const [stored, map] = await readNodesAndMap(mapId, ids);
  noteRecords(NODES, mapId, stored.filter(isPresent));
  const planned = planUpdates(stored, updates, now);
  await writePlanned(mapId, planned, map, now);
  return planned.previous;
}

/**
 * A bulk change, in a transaction that also holds the staged parts (restagingWriteToMap): read
 * wherever the nodes are; stored as parts if it changes most of a large map (nodeRestage.ts),
 * else record by record, which needs every node to be a record.
 */
async function writeRestaging(
  mapId: string,
  ids: readonly string[],
  updates: readonly Update[],
  now: string,
): Promise<Previous[]> {
  const [{ records: mapNodes, staged }, map] = await Promise.all([
    readStoredAndStaged(db.nodes, mapId),
    db.maps.get(mapId),
  ]);
  const byId = new Map(mapNodes.map((node) => [node.id, node]));
  const planned = planUpdates(
    ids.map((id) => byId.get(id)),
    updates,
    now,
  );
  noteRecords(NODES, mapId, planned.nodes);
  if (shouldRestage(planned.nodes.length, mapNodes.length)) {
    planned.nodes.forEach((node) => byId.set(node.id, node));
    await restageNodes(map, mapId, [...byId.values()], now);
  } else if (staged) {
    throw stagedMeanwhile();
  } else {
    await writePlanned(mapId, planned, map, now);
  }
  return planned.previous;
}

/** The map is read beside the nodes and stamped beside them (mapStamp.ts). */
function readNodesAndMap(mapId: string, ids: readonly string[]) {
  return Promise.all([readNodes(mapId, ids), db.maps.get(mapId)]);
}

/**
 * From this many nodes, the map's whole range is read in one request and the nodes picked from
 * it: asking for 5,000 nodes one by one held the page for about 90 ms (a layout at 5,000).
 */
const WHOLE_MAP_READ_FROM = 500;

async function readNodes(mapId: string, ids: readonly string[]) {
  if (ids.length < WHOLE_MAP_READ_FROM) {
    return db.nodes.bulkGet(ids.map((id): MapScopedKey => [mapId, id]));
  }
  const mapNodes = await recordsOfMap(db.nodes, mapId).toArray();
  const byId = new Map(mapNodes.map((node) => [node.id, node]));
  return ids.map((id) => byId.get(id));
}

async function writeOnBelief(
  mapId: string,
  ids: readonly string[],
  updates: readonly Update[],
  believed: { map: StakeMap; nodes: StakeNode[] },
  now: string,
): Promise<Previous[]> {
  const planned = planUpdates(believed.nodes, updates, now);
  // The reads go out before the writes, so they answer with what was stored before them.
  const [[stored, map]] = await Promise.all([
    readNodesAndMap(mapId, ids),
    writePlanned(mapId, planned, believed.map, now),
  ]);
  const believedRight =
    sameRecord(map, believed.map) &&
    stored.every((node, index) => sameRecord(node, believed.nodes[index]));
  if (believedRight) return planned.previous;
  // Something changed them meanwhile (another window, a write that failed): do it again from
  // what is stored, and take back the writes it no longer makes.
  const replanned = planUpdates(stored, updates, now);
  const storedById = new Map(stored.filter(isPresent).map((node) => [node.id, node]));
  const rewritten = new Set(replanned.nodes.map((node) => node.id));
  const takenBack = planned.nodes.filter((node) => !rewritten.has(node.id));
  const putBack = takenBack.flatMap((node) => storedById.get(node.id) ?? []);
  const gone = takenBack.filter((node) => !storedById.has(node.id));
  noteRecords(NODES, mapId, putBack);
  await Promise.all([
    writePlanned(mapId, replanned, map, now),
    db.nodes.bulkPut(putBack),
    db.nodes.bulkDelete(gone.map((node): MapScopedKey => [mapId, node.id])),
    map === undefined ? db.maps.delete(mapId) : undefined,
  ]);
  return replanned.previous;
}

const NODES = 'nodes';

/** An edit of more nodes than this reads before it writes: the checking would cost more. */
const MAX_BELIEVED = 20;

interface PlannedUpdate {
  previous: Previous[];
  /** The changed nodes, as they are to be stored. */
  nodes: StakeNode[];
}

function isPresent<T>(value: T | undefined): value is T {
  return value !== undefined;
}

/** The nodes and their map as this window believes them stored; undefined if it does not know. */
function believedNodes(mapId: string, ids: readonly string[]) {
  const map = knownMap<StakeMap>(mapId);
  const nodes = ids.map((id) => knownRecord<StakeNode>(NODES, mapId, id));
  if (map === undefined || !nodes.every(isPresent)) return undefined;
  return { map, nodes };
}

/** Works out the updates on the given nodes (undefined for a node that is not there). */
function planUpdates(
  nodes: ReadonlyArray<StakeNode | undefined>,
  updates: readonly Update[],
  now: string,
): PlannedUpdate {
  const current = new Map<string, StakeNode>();
  nodes.forEach((node) => node && current.set(node.id, node));
  const previous: Previous[] = [];
  const changed = new Set<string>();
  for (const { id, changes: update } of updates) {
    const node = current.get(id);
    if (!node) continue;
    const changes = typeof update === 'function' ? update(node) : update;
    // Nothing to change (a bulk edit reaching a node that already has its values): no write.
    if (Object.keys(changes).length === 0) continue;
    const before: NodeChanges = {};
    for (const key of Object.keys(changes) as Array<keyof NodeChanges>) {
      Object.assign(before, { [key]: node[key] });
    }
    previous.push({ id, changes: before });
    current.set(id, withChanges(node, changes, now));
    changed.add(id);
  }
  return { previous, nodes: [...changed].flatMap((id) => current.get(id) ?? []) };
}

/** Writes planned nodes and stamps their map; notes them as this window's newest. */
async function writePlanned(
  mapId: string,
  planned: PlannedUpdate,
  map: StakeMap | undefined,
  now: string,
): Promise<void> {
  noteRecords(NODES, mapId, planned.nodes);
  await Promise.all([putInChunks(planned.nodes), putMapStamped(map, now)]);
}

/**
 * Nodes per request when many are written at once (a layout, a bulk edit). Each put copies its
 * record on the page's thread; a layout's 1,000 in one request held the page for 400 ms. Between
 * chunks the page can paint; each chunk is asked for as the one before answers, which keeps the
 * transaction open, so the write is still all or nothing.
 */
const PUT_CHUNK = 250;

async function putInChunks(nodes: readonly StakeNode[]): Promise<void> {
  for (let start = 0; start < nodes.length; start += PUT_CHUNK) {
    await db.nodes.bulkPut(nodes.slice(start, start + PUT_CHUNK));
  }
}

/** A node with changes applied as Dexie's update() applies them: undefined removes a field. */
function withChanges(node: StakeNode, changes: NodeChanges, now: string): StakeNode {
  const next: StakeNode = { ...node, ...changes, updatedAt: now };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) Reflect.deleteProperty(next, key);
  }
  return next;
}
