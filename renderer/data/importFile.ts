// Storing what an import read (see importing/readImport.ts, which runs in a worker): a native
// file's records as they are, or a confirmed preview under the name the user gave. Either way a
// new map is made in one transaction, and a failure or a cancel changes nothing.

import type { MapBundle } from '@shared/domain/types';
import type { ImportPreview } from '@shared/format/interchange/types';
import { newId, nowTimestamp } from './ids';
import {
  cleanMapName,
  rehomeBundle,
  saveNewBundle,
  type BundleWriteOptions,
} from './mapRepository';

/** The file name without its extensions, as a map name: "Partners.stakemap.json" → "Partners". */
export function mapNameFromFileName(fileName: string): string {
  return cleanMapName(fileName.replace(/(\.stakemap)?\.[a-z0-9]+$/i, ''));
}

/** Stores a confirmed preview as a new map. */
export async function storePreview(
  preview: ImportPreview,
  name: string,
  options: BundleWriteOptions = {},
): Promise<MapBundle> {
  const bundle = rehomeBundle(preview.bundle, newId(), cleanMapName(name), nowTimestamp());
  await saveNewBundle(bundle, options);
  return bundle;
}
