// One write to a map's records: followed by the save indicator, and held until the tables it
// touches can be written record by record (staged parts expanded: see stagedExpansion.ts). What
// it waits for follows from the transaction's tables, so a write that touches only nodes never
// waits for the relationships, and one that touches neither never waits.
//
// Waiting is not enough on its own: a bulk change (nodeRestage.ts), in this window or another,
// can stage a map's nodes between a write's wait and its transaction. So the transaction checks
// for parts of its tables too, and one that finds any is rolled back and tried again after them.

import type { Table } from 'dexie';
import { db } from './db';
import { dropOpenCopy } from './openCopies';
import { trackWrite } from './saveStatus';
import { noteMapStaged, restageWrite, whenTablesWritable } from './stagedExpansion';
import { isStagedTable, stagedPartsByTable } from './stagedParts';
import { isStagedMeanwhile, stagedMeanwhile } from './stagedMeanwhile';

/** How often a write goes back to wait for parts staged under it before giving up. */
const MAX_ATTEMPTS = 5;

/** Runs `write` in one read-write transaction over `tables`, once they are writable. */
export function writeToMap<T>(
  mapId: string,
  tables: readonly Table[],
  write: () => Promise<T>,
): Promise<T> {
  return savedUntilUnstaged(mapId, tables, async (names) => {
    await whenTablesWritable(mapId, names);
    return transactionOnRecords(mapId, tables, write);
  });
}

/**
 * As writeToMap, for a bulk change that may store the map's nodes as staged parts
 * (nodeRestage.ts): it runs alone, and writes that come after it wait for its parts' expansion.
 * `write` checks for parts itself: it may find some and replace them.
 */
export function restagingWriteToMap<T>(
  mapId: string,
  tables: readonly Table[],
  write: () => Promise<T>,
): Promise<T> {
  return savedUntilUnstaged(mapId, tables, async (names, retrying) => {
    // It found parts it cannot replace: this time, after they are expanded.
    if (retrying) await whenTablesWritable(mapId, names);
    return restageWrite(mapId, () =>
      db.transaction('rw', [...tables, db.stagedParts, db.openCopies], () =>
        droppingOpenCopy(mapId, write),
      ),
    );
  });
}

/** Runs `attempt`, followed by the save indicator, again while it finds parts staged under it. */
function savedUntilUnstaged<T>(
  mapId: string,
  tables: readonly Table[],
  attempt: (tableNames: string[], retrying: boolean) => Promise<T>,
): Promise<T> {
  const names = tables.map((table) => table.name);
  return trackWrite(() => tryUntilUnstaged(mapId, (retrying) => attempt(names, retrying)));
}

async function tryUntilUnstaged<T>(
  mapId: string,
  attempt: (retrying: boolean) => Promise<T>,
): Promise<T> {
  for (let tries = 1; ; tries += 1) {
    try {
      return await attempt(tries > 1);
    } catch (error) {
      if (!isStagedMeanwhile(error)) throw error;
      if (tries >= MAX_ATTEMPTS) {
        throw new Error(
          'The map kept changing in another window while this change was being saved. Try again.',
        );
      }
      noteMapStaged(mapId);
    }
  }
}

/**
 * `write` in one transaction over `tables` (and the staged parts), rolled back with a
 * StagedMeanwhileError if any of those tables has parts of the map: its records are not all
 * there to be read and written one by one.
 */
function transactionOnRecords<T>(
  mapId: string,
  tables: readonly Table[],
  write: () => Promise<T>,
): Promise<T> {
  const staged = tables.map((table) => table.name).filter(isStagedTable);
  if (staged.length === 0) return db.transaction('rw', [...tables], write);
  return db.transaction('rw', [...tables, db.stagedParts, db.openCopies], async () => {
    // Asked before the write's own requests, so answered from before them.
    const partCounts = Promise.all(staged.map((name) => stagedPartsByTable(mapId, name).count()));
    const result = await droppingOpenCopy(mapId, write);
    if ((await partCounts).some((count) => count > 0)) throw stagedMeanwhile();
    return result;
  });
}

/**
 * `write`, with the map's open copy deleted beside it (openCopies.ts): every table that can be
 * staged (nodes, relationships) is one the copy holds.
 */
async function droppingOpenCopy<T>(mapId: string, write: () => Promise<T>): Promise<T> {
  // Sent first, so it goes out with the write's own requests rather than after them.
  const [, result] = await Promise.all([dropOpenCopy(mapId), write()]);
  return result;
}
