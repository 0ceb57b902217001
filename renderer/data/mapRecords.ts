// One map's records of a table (its nodes, its relationships), read once and then patched as
// writes commit, for the editor. A live query reads the whole map again after every write: at
// 5,000 nodes and 20,000 relationships that is hundreds of milliseconds to seconds per edit. Every
// committed write already says which keys it touched (Dexie's 'storagemutated' event, fired for
// this window and, through a BroadcastChannel, for others), so only those records are read back;
// the others keep their identity. A write that names a range instead of keys (Dexie does that for
// 50 records or more, and for range deletes) reads the map again, as a live query would.

import Dexie, {
  cmp,
  type IntervalTree,
  type IntervalTreeNode,
  type ObservabilitySet,
  type Table,
} from 'dexie';
import { useEffect, useState } from 'react';
import { whenIdle } from '../platform/whenIdle';
import { db, type MapScopedKey } from './db';
import { forgetShownRecords, noteShownRecords, sameRecord } from './knownRecords';
import { mapKeyBounds } from './mapRange';
import { keepOpenCopy, openingRecords } from './openCopies';
import { holdStringPool, shareRepeatedStrings } from './sharedStrings';
import { positionById } from './sortedById';
import { isStagedTable, readMapRecords, stagedPartRange } from './stagedParts';

/** More changed keys than this and reading the whole map is as cheap as reading each one. */
const MAX_PATCHED_KEYS = 500;

/** What a committed write did to one map's records: nothing, these records, or unknown. */
export type MapChange = { type: 'none' } | { type: 'some'; ids: string[] } | { type: 'all' };

function isTreeNode(tree: IntervalTree | null | undefined): tree is IntervalTreeNode {
  return tree !== null && tree !== undefined && 'from' in tree;
}

/** The record id in a key of this map's records, or null for any other key. */
function idInMap(key: unknown, mapId: string): string | null {
  if (!Array.isArray(key) || key.length !== 2) return null;
  const [keyMapId, id]: unknown[] = key;
  return keyMapId === mapId && typeof id === 'string' ? id : null;
}

/** Reads the primary keys a write touched (one interval tree per table) for one map. */
export function changeForMap(tree: IntervalTree | undefined, mapId: string): MapChange {
  const [lower, upper] = mapKeyBounds(mapId);
  const ids: string[] = [];
  const pending: Array<IntervalTree | null | undefined> = [tree];
  while (pending.length > 0) {
    const node = pending.pop();
    if (!isTreeNode(node)) continue;
    pending.push(node.l, node.r);
    if (cmp(node.to, lower) < 0 || cmp(node.from, upper) > 0) continue;
    const id = cmp(node.from, node.to) === 0 ? idInMap(node.from, mapId) : null;
    if (id === null) return { type: 'all' };
    ids.push(id);
    if (ids.length > MAX_PATCHED_KEYS) return { type: 'all' };
  }
  return ids.length === 0 ? { type: 'none' } : { type: 'some', ids };
}

/**
 * Whether a write touched the map's own record. Every write to a map's contents stamps it
 * (mapStamp.ts); the expansion of staged parts, which changes nothing a read returns, does not.
 */
export function touchesMapRecord(tree: IntervalTree | undefined, mapId: string): boolean {
  const pending: Array<IntervalTree | null | undefined> = [tree];
  while (pending.length > 0) {
    const node = pending.pop();
    if (!isTreeNode(node)) continue;
    if (cmp(node.from, mapId) <= 0 && cmp(mapId, node.to) <= 0) return true;
    pending.push(node.l, node.r);
  }
  return false;
}

/** Applies re-read records to a list sorted by id (the primary-key order): replace, add, drop. */
export function patchRecords<T extends { id: string }>(
  records: readonly T[],
  ids: readonly string[],
  fresh: ReadonlyArray<T | undefined>,
): T[] {
  const next = [...records];
  ids.forEach((id, index) => {
    const record = fresh[index];
    const { index: at, found } = positionById(next, id);
    if (record === undefined) {
      if (found) next.splice(at, 1);
    } else if (found) {
      next[at] = record;
    } else {
      next.splice(at, 0, record);
    }
  });
  return next;
}

/**
 * The re-read records with each one that has not changed replaced by the object shown before, so
 * the views redraw only what changed; null when nothing did. For an expansion of staged parts
 * (stagedParts.ts), which moves every record of a large map without changing one.
 */
export function keepUnchanged<T extends { id: string }>(
  previous: readonly T[],
  fresh: readonly T[],
): T[] | null {
  let changed = previous.length !== fresh.length;
  const kept = fresh.map((record) => {
    const { index, found } = positionById(previous, record.id);
    const before = found ? previous[index] : undefined;
    if (before !== undefined && sameRecord(before, record)) return before;
    changed = true;
    return record;
  });
  return changed ? kept : null;
}

type Loaded<T> = { mapId: string; records: T[] } | { mapId: string; error: unknown };

/** One map's records of `table`; undefined while the first read runs (as with a live query). */
export function useMapRecords<T extends { id: string }>(
  table: Table<T, MapScopedKey>,
  mapId: string,
): T[] | undefined {
  const [loaded, setLoaded] = useState<Loaded<T> | undefined>(undefined);

  useEffect(() => {
    let active = true;
    let records: T[] = [];
    let queue: Promise<void> = Promise.resolve();
    const part = `idb://${table.db.name}/${table.name}/`;
    const stagedPart = `idb://${table.db.name}/${db.stagedParts.name}/`;
    const mapsPart = `idb://${table.db.name}/${db.maps.name}/`;

    const publish = (next: T[]) => {
      records = next;
      if (!active) return;
      // Edits of what the views show can then write without reading first (knownRecords.ts).
      noteShownRecords(table.name, mapId, next);
      setLoaded({ mapId, records: next });
    };
    // Reads run one after another, so a patch always applies to the result of the read before.
    const enqueue = (work: () => Promise<void>) => {
      queue = queue.then(work).catch((error: unknown) => {
        if (active) setLoaded({ mapId, error });
      });
    };
    const releaseStrings = holdStringPool(mapId);
    /** Records as read, holding the map's one copy of each string they repeat. */
    const read = async () => {
      const fresh = await readMapRecords(table, mapId);
      shareRepeatedStrings(mapId, fresh);
      return fresh;
    };
    const readAll = async () => publish(await read());
    let cancelIdleWork = () => {};
    /** The first read; a map's nodes and relationships come through its opening (openCopies.ts). */
    const readFirst = async () => {
      // The copy holds exactly the tables that can be staged: nodes and relationships.
      if (!isStagedTable(table.name)) return readAll();
      const opened = await openingRecords(mapId);
      // The opening holds a map's records of this table under the table's own name.
      const first = opened[table.name] as unknown as T[];
      shareRepeatedStrings(mapId, first);
      publish(first);
      if (!active) return;
      // Once the page is idle: shown from the copy, checked against the records; shown from the
      // records, kept as the copy for the next opening.
      const { copy } = opened;
      if (opened.fromCopy) {
        cancelIdleWork = whenIdle(() => enqueue(readAllKeepingUnchanged));
      } else if (copy !== null) {
        cancelIdleWork = whenIdle(() => void keepOpenCopy(copy).catch(() => {}));
      }
    };

    const readAllKeepingUnchanged = async () => {
      const kept = keepUnchanged(records, await read());
      if (kept !== null) publish(kept);
    };

    const onMutated = (parts: ObservabilitySet) => {
      // Parts of this map were moved (or deleted with the map). Moving one changes nothing a read
      // returns (stagedParts.ts), and a transaction that moves one touches nothing else of the
      // map, so only after the last is the map read again, reusing what is shown. Parts written
      // by a bulk change (nodeRestage.ts) come with the map stamped and its records deleted:
      // read below like any other change.
      if (
        changeForMap(parts[stagedPart], mapId).type !== 'none' &&
        !touchesMapRecord(parts[mapsPart], mapId)
      ) {
        enqueue(async () => {
          if (active && (await stagedPartRange(mapId).count()) === 0) {
            await readAllKeepingUnchanged();
          }
        });
        return;
      }
      const change = changeForMap(parts[part], mapId);
      if (change.type === 'none') return;
      enqueue(async () => {
        if (!active) return;
        if (change.type === 'all') return readAll();
        const fresh = await table.bulkGet(change.ids.map((id): MapScopedKey => [mapId, id]));
        shareRepeatedStrings(mapId, fresh);
        publish(patchRecords(records, change.ids, fresh));
      });
    };

    // Listen first, then read: a write that commits meanwhile is patched in after the read.
    Dexie.on('storagemutated', onMutated);
    enqueue(readFirst);
    return () => {
      active = false;
      cancelIdleWork();
      Dexie.on.storagemutated.unsubscribe(onMutated);
      releaseStrings();
      forgetShownRecords(table.name, mapId, records);
    };
  }, [table, mapId]);

  if (loaded === undefined || loaded.mapId !== mapId) return undefined;
  // Thrown while rendering, as useLiveQuery does, so the error boundary explains it.
  if ('error' in loaded) throw loaded.error;
  return loaded.records;
}
