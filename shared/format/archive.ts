// The "everything" file: all of a user's maps in one JSON envelope,
// `{ "format": "stakemap-archive", "version": 1, "exportedAt", "maps": [ <stakemap v1 files> ] }`.
// Each entry is exactly a .stakemap.json file's object, read by the same parser (with its
// migrations), so an archive is as strict as the files in it. Pure: no storage, no DOM.

import type { MapBundle } from '../domain/types';
import { err, ok, type Result } from '../result';
import { readJson } from './envelope';
import { isPlainObject, ownField } from './jsonValues';
import type { FormatProblem, StakemapFile } from './fileTypes';
import { parseStakemapFile } from './parseStakemapFile';
import { capProblems, problem } from './problems';
import { fileFromBundle, type SerializeMeta } from './serializeStakemapFile';

/** Persisted in users' files: do not change without a migration. */
export const ARCHIVE_FORMAT = 'stakemap-archive';
export const CURRENT_ARCHIVE_VERSION = 1;
export const ARCHIVE_FILE_EXTENSION = '.stakemap-archive.json';

export interface StakemapArchive {
  format: typeof ARCHIVE_FORMAT;
  version: typeof CURRENT_ARCHIVE_VERSION;
  exportedAt: string;
  maps: StakemapFile[];
}

export function serializeArchive(bundles: readonly MapBundle[], meta: SerializeMeta): string {
  const archive: StakemapArchive = {
    format: ARCHIVE_FORMAT,
    version: CURRENT_ARCHIVE_VERSION,
    exportedAt: meta.exportedAt,
    maps: bundles.map((bundle) => fileFromBundle(bundle, meta)),
  };
  return `${JSON.stringify(archive, null, 2)}\n`;
}

/** `nodes[3].kind` inside the fifth map is `maps[4].nodes[3].kind`. */
function within(index: number, found: FormatProblem): FormatProblem {
  const prefix = `maps[${index}]`;
  return { ...found, path: found.path === '' ? prefix : `${prefix}.${found.path}` };
}

/**
 * Reads an archive: every map in it, or every problem (with where it is) and no maps. Never throws.
 * Newer archive versions are refused with a clear message, like newer map files.
 */
export function parseArchive(text: string): Result<StakemapFile[], FormatProblem[]> {
  const json = readJson(text);
  if (!json.ok) return json;
  const value = json.value;
  if (!isPlainObject(value) || ownField(value, 'format') !== ARCHIVE_FORMAT) {
    return err([
      problem(
        'format',
        `This is not a Stakemap "everything" file: it has no "format": "${ARCHIVE_FORMAT}" marker.`,
      ),
    ]);
  }
  const version = ownField(value, 'version');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return err([problem('version', 'The archive version must be a whole number from 1.')]);
  }
  if (version > CURRENT_ARCHIVE_VERSION) {
    return err([
      problem(
        'version',
        `This file was written by a newer Stakemap (archive version ${version}); update Stakemap to open it.`,
      ),
    ]);
  }
  const maps = ownField(value, 'maps');
  if (!Array.isArray(maps)) return err([problem('maps', 'The archive must list its maps.')]);

  const files: StakemapFile[] = [];
  const problems: FormatProblem[] = [];
  maps.forEach((entry: unknown, index) => {
    const parsed = parseStakemapFile(JSON.stringify(entry ?? null));
    if (parsed.ok) files.push(parsed.value);
    else problems.push(...parsed.error.map((found) => within(index, found)));
  });
  if (problems.length > 0) return err(capProblems(problems));
  return ok(files);
}

/** `Stakemap maps 2026-11-27.stakemap-archive.json` */
export function archiveFileName(exportedAt: string): string {
  return `Stakemap maps ${exportedAt.slice(0, 10)}${ARCHIVE_FILE_EXTENSION}`;
}
