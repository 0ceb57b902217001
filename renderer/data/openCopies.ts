// A map's nodes and relationships kept as one record as well, so reopening the map reads one value
// instead of one per node and relationship. IndexedDB spends about the same time on each record:
// a 300-node map's 1,200 records took 35–60 ms to read, the same records as one value 5–13 ms
// (1,000 nodes and 4,000 relationships: 150 ms against 20), and the editor can draw nothing
// before they arrive.
//
// The copy is kept when the page is idle after a map opened from its records, in a transaction
// that first checks the map still carries the stamp it had when they were read (stamps only move
// forward: mapStamp.ts). Every write to a map's nodes or relationships deletes the copy in its own
// transaction (mapWrite.ts), so a copy never outlives, nor keeps personal data longer than, the
// records it copies; a copy is used only while its stamp is the map's. Even so, an opening from
// the copy reads the records again once the page is idle and shows any difference.

import type { Relationship, StakeNode } from '@shared/domain/types';
import { db } from './db';
import { readStoredAndStaged } from './stagedParts';

/** A map with more records than this is not copied: one value that large is slow to take in. */
export const MAX_COPIED_RECORDS = 10_000;

/**
 * A map's copy: it holds the tables that can be staged (stagedPartTypes.ts), so a write's check
 * for staged parts (mapWrite.ts) also tells it which writes delete the copy.
 */
export interface OpenCopy {
  mapId: string;
  /** The map's updatedAt when its records were read: the copy is good while the map has it. */
  stamp: string;
  nodes: StakeNode[];
  relationships: Relationship[];
}

/** What an opening of the map shows first. */
export interface OpenedRecords {
  nodes: StakeNode[];
  relationships: Relationship[];
  /** Whether they came from the copy (and are to be checked against the records). */
  fromCopy: boolean;
  /** Read from the records of a map small enough to copy: the copy to keep (keepOpenCopy). */
  copy: OpenCopy | null;
}

/** Openings under way, so the nodes and the relationships come from one read. */
const openings = new Map<string, Promise<OpenedRecords>>();

/**
 * The map's nodes and relationships for an editor that is opening it: from its copy when it has a
 * current one, otherwise from its records (and then a copy is taken when the page is idle).
 * Asked for by both tables in the same moment, it reads once.
 */
export function openingRecords(mapId: string): Promise<OpenedRecords> {
  const running = openings.get(mapId);
  if (running !== undefined) return running;
  const opening = readOpening(mapId);
  openings.set(mapId, opening);
  const forget = () => {
    if (openings.get(mapId) === opening) openings.delete(mapId);
  };
  opening.then(forget, forget);
  return opening;
}

function readOpening(mapId: string): Promise<OpenedRecords> {
  const tables = [db.maps, db.nodes, db.relationships, db.stagedParts, db.openCopies];
  return db.transaction('r', tables, async () => {
    const [map, copy] = await Promise.all([db.maps.get(mapId), db.openCopies.get(mapId)]);
    if (map !== undefined && copy !== undefined && copy.stamp === map.updatedAt) {
      return { nodes: copy.nodes, relationships: copy.relationships, fromCopy: true, copy: null };
    }
    const [nodes, relationships] = await Promise.all([
      readStoredAndStaged(db.nodes, mapId),
      readStoredAndStaged(db.relationships, mapId),
    ]);
    const copiable =
      map !== undefined &&
      !nodes.staged &&
      !relationships.staged &&
      nodes.records.length + relationships.records.length <= MAX_COPIED_RECORDS;
    const copyToKeep: OpenCopy | null = copiable
      ? { mapId, stamp: map.updatedAt, nodes: nodes.records, relationships: relationships.records }
      : null;
    return {
      nodes: nodes.records,
      relationships: relationships.records,
      fromCopy: false,
      copy: copyToKeep,
    };
  });
}

/** Copies stored or being stored, so the two tables' hooks store an opening's copy once. */
const kept = new WeakSet<OpenCopy>();

/**
 * Stores `copy` if its map still carries its stamp: nothing has written the map's records since
 * they were read. Resolves with whether it was stored. A copy that cannot be stored is no loss:
 * the map opens from its records.
 */
export async function keepOpenCopy(copy: OpenCopy): Promise<boolean> {
  if (kept.has(copy)) return false;
  kept.add(copy);
  return db.transaction('rw', db.maps, db.openCopies, async () => {
    const map = await db.maps.get(copy.mapId);
    if (map?.updatedAt !== copy.stamp) return false;
    await db.openCopies.put(copy);
    return true;
  });
}

/**
 * Deletes the map's copy; call it inside every transaction that writes the map's nodes or
 * relationships, which must include db.openCopies. Start it before the write's own requests so it
 * costs no wait of its own.
 */
export function dropOpenCopy(mapId: string): Promise<void> {
  return db.openCopies.delete(mapId);
}
