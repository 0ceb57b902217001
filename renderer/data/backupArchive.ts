// "Export everything" and "Import everything": all maps in one archive file
// (shared/format/archive.ts). Import is all or nothing: every map in the file becomes a new map in
// one transaction, or nothing is written and every problem is reported with where it is.

import type { MapBundle } from '@shared/domain/types';
import { archiveFileName, parseArchive, serializeArchive } from '@shared/format/archive';
import { bundleFromFile, type FormatProblem } from '@shared/format';
import { err, ok, type Result } from '@shared/result';
import { db, mapContentTables } from './db';
import { newId, nowTimestamp } from './ids';
import { loadBundle } from './mapRepository';
import { addNewMapRecords } from './newMapRecords';
import { trackWrite } from './saveStatus';

export interface ExportedArchive {
  fileName: string;
  text: string;
  mapCount: number;
}

export async function exportEverythingText(appVersion: string): Promise<ExportedArchive> {
  const mapIds = await db.maps.orderBy('updatedAt').reverse().primaryKeys();
  const bundles: MapBundle[] = [];
  for (const mapId of mapIds) {
    const bundle = await loadBundle(mapId);
    if (bundle) bundles.push(bundle);
  }
  const exportedAt = nowTimestamp();
  return {
    fileName: archiveFileName(exportedAt),
    text: serializeArchive(bundles, { exportedAt, appVersion }),
    mapCount: bundles.length,
  };
}

/** Restores every map in an archive as new maps; resolves with them in the file's order. */
export async function importEverythingText(
  text: string,
): Promise<Result<MapBundle[], FormatProblem[]>> {
  const parsed = parseArchive(text);
  if (!parsed.ok) return err(parsed.error);
  const now = nowTimestamp();
  const bundles = parsed.value.map((file) => bundleFromFile(file, { mapId: newId(), now }));
  // A large map among them is staged, as a single import of it would be (stagedParts.ts).
  await trackWrite(() =>
    db.transaction('rw', [db.maps, ...mapContentTables(db)], async () => {
      for (const bundle of bundles) await addNewMapRecords(bundle);
    }),
  );
  return ok(bundles);
}
