// Moves whole maps between IndexedDB and the native .stakemap.json text: import creates a new map
// in one transaction (or reports every problem and writes nothing); export reads one snapshot.

import type { MapBundle } from '@shared/domain/types';
import {
  bundleFromFile,
  parseStakemapFile,
  redactBundle,
  serializeStakemapFile,
  stakemapFileName,
  type FormatProblem,
} from '@shared/format';
import { err, ok, type Result } from '@shared/result';
import { newId, nowTimestamp } from './ids';
import { loadBundle, saveNewBundle } from './mapRepository';

export async function importStakemapText(
  text: string,
): Promise<Result<MapBundle, FormatProblem[]>> {
  const parsed = parseStakemapFile(text);
  if (!parsed.ok) return parsed;
  const bundle = bundleFromFile(parsed.value, { mapId: newId(), now: nowTimestamp() });
  await saveNewBundle(bundle);
  return ok(bundle);
}

export { describeProblem } from './describeProblem';

export interface ExportedFile {
  fileName: string;
  text: string;
}

export interface ExportChoices {
  /** Leave out emails, phones, notes, the contact log and do-not-contact details. */
  redacted: boolean;
}

export async function exportStakemapText(
  mapId: string,
  appVersion: string,
  choices: ExportChoices = { redacted: false },
): Promise<Result<ExportedFile, string>> {
  const stored = await loadBundle(mapId);
  if (!stored) return err('This map no longer exists, so there is nothing to export.');
  const bundle = choices.redacted ? redactBundle(stored) : stored;
  const text = serializeStakemapFile(bundle, {
    exportedAt: nowTimestamp(),
    appVersion,
    redacted: choices.redacted,
  });
  const fileName = stakemapFileName(
    choices.redacted ? `${bundle.map.name} (redacted)` : bundle.map.name,
  );
  return ok({ fileName, text });
}
