// Restoring a backup or snapshot, both ways and both undoable. As a new map: nothing existing is
// touched, and undoing deletes the new map. Over an existing map: its current state is first kept
// as a snapshot, then its contents are replaced in one transaction, recorded in the map's history
// so that Ctrl+Z in the editor, or the Undo the dialog offers, puts the contents back exactly.

import { bundleFromFile, parseStakemapFile, type FormatProblem } from '@shared/format';
import { err, ok, type Result } from '@shared/result';
import { restoreAsNewMap } from '../data/backupRestore';
import { nowTimestamp } from '../data/ids';
import { replaceMapContents, type MapContents } from '../data/mapReplace';
import { deleteMap } from '../data/mapRepository';
import { cleanSnapshotName, createSnapshot } from '../data/snapshotRepository';
import { recordHistory, undo } from '../state/history';

export interface Restored {
  /** The map that now holds the restored contents. */
  mapId: string;
  /** What the user is told happened. */
  message: string;
  undo(): Promise<void>;
}

async function nothing(): Promise<void> {}

/** Restores file text as a new map named `name`; undo deletes that map. */
export async function restoreAsNewMapCommand(
  text: string,
  name: string,
): Promise<Result<Restored, FormatProblem[]>> {
  const result = await restoreAsNewMap(text, name);
  if (!result.ok) return result;
  const { map } = result.value;
  return ok({
    mapId: map.id,
    message: `Restored “${map.name}” as a new map.`,
    undo: () => deleteMap(map.id),
  });
}

/** The name of the snapshot that keeps a map's state from just before a restore over it. */
export function beforeRestoreSnapshotName(what: string): string {
  return cleanSnapshotName(`Before restoring ${what}`);
}

/**
 * Replaces the contents of map `mapId` with file text, after keeping its current state as a
 * snapshot. `what` names the source in words ("the backup of 3 February 2010, 10:15").
 */
export async function replaceMapCommand(
  mapId: string,
  mapName: string,
  text: string,
  what: string,
  appVersion: string,
): Promise<Result<Restored, FormatProblem[]>> {
  const parsed = parseStakemapFile(text);
  if (!parsed.ok) return err(parsed.error);
  const restored: MapContents = bundleFromFile(parsed.value, { mapId, now: nowTimestamp() });

  // Saved first: if anything below fails, the state the user had is still there to go back to.
  const kept = await createSnapshot(mapId, beforeRestoreSnapshotName(what), appVersion);
  if (!kept.ok) throw new Error(`${mapName} could not be saved first: ${kept.error}`);
  const previous = await replaceMapContents(mapId, restored);
  if (!previous) throw new Error(`${mapName} no longer exists.`);

  recordHistory(mapId, {
    label: `restore ${what}`,
    undo: () => replaceMapContents(mapId, previous).then(nothing),
    redo: () => replaceMapContents(mapId, restored).then(nothing),
  });
  return ok({
    mapId,
    message: `Replaced ${mapName} with ${what}. Its previous state is kept as the snapshot “${kept.value.name}”.`,
    // The history's own undo, so the editor's Redo can bring the restore back afterwards.
    undo: () => undo(mapId).then(nothing),
  });
}
