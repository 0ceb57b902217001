// Reading a file the user chose or dropped: a native .stakemap.json is stored at once (it is ours
// and lossless); a file from another tool is read into a preview the user confirms first. Either
// way a new map is made in one transaction, and a bad file changes nothing.

import type { MapBundle } from '@shared/domain/types';
import { type FormatProblem } from '@shared/format';
import type { ImportPreview } from '@shared/format/interchange/types';
import { err, ok, type Result } from '@shared/result';
import { newId, nowTimestamp } from './ids';
import { importStakemapText } from './mapFiles';
import { cleanMapName, rehomeBundle, saveNewBundle } from './mapRepository';
import { detectForeignFormat, readForeignFile, type ForeignFormat } from './foreignFormats';

export type ImportOutcome =
  | { kind: 'stored'; bundle: MapBundle }
  | {
      kind: 'preview';
      format: ForeignFormat;
      formatLabel: string;
      preview: ImportPreview;
      suggestedName: string;
    };

/** The file name without its extensions, as a map name: "Partners.stakemap.json" → "Partners". */
export function mapNameFromFileName(fileName: string): string {
  return cleanMapName(fileName.replace(/(\.stakemap)?\.[a-z0-9]+$/i, ''));
}

export async function importFile(
  fileName: string,
  text: string,
): Promise<Result<ImportOutcome, FormatProblem[]>> {
  // Anything that is not recognisably another tool's file is read as ours, so a broken or foreign
  // JSON file gets the native reader's precise message ("This is not a Stakemap file").
  const format = detectForeignFormat(fileName, text);
  if (format === null) {
    const stored = await importStakemapText(text);
    return stored.ok ? ok({ kind: 'stored', bundle: stored.value }) : stored;
  }
  const foreign = readForeignFile(format, fileName, text);
  if (!foreign.ok) return err(foreign.error);
  return ok({
    kind: 'preview',
    format: foreign.value.format,
    formatLabel: foreign.value.formatLabel,
    preview: foreign.value.preview,
    suggestedName: mapNameFromFileName(fileName),
  });
}

/** Stores a confirmed preview as a new map. */
export async function storePreview(preview: ImportPreview, name: string): Promise<MapBundle> {
  const bundle = rehomeBundle(preview.bundle, newId(), cleanMapName(name), nowTimestamp());
  await saveNewBundle(bundle);
  return bundle;
}
