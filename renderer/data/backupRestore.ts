// Bringing a map back from a backup, a snapshot or an "everything" file: always as a new map, in
// one transaction, never over an existing one. A file that does not parse changes nothing and
// reports every problem with where it is.

import type { MapBundle } from '@shared/domain/types';
import { bundleFromFile, parseStakemapFile, type FormatProblem } from '@shared/format';
import { err, ok, type Result } from '@shared/result';
import { newId, nowTimestamp } from './ids';
import { cleanMapName, saveNewBundle } from './mapRepository';

/** Imports .stakemap.json text as a new map, optionally under another name. */
export async function restoreAsNewMap(
  text: string,
  name?: string,
): Promise<Result<MapBundle, FormatProblem[]>> {
  const parsed = parseStakemapFile(text);
  if (!parsed.ok) return err(parsed.error);
  const bundle = bundleFromFile(parsed.value, { mapId: newId(), now: nowTimestamp() });
  const named: MapBundle =
    name === undefined ? bundle : { ...bundle, map: { ...bundle.map, name: cleanMapName(name) } };
  await saveNewBundle(named);
  return ok(named);
}
