// Reading a .stakemap.json file: JSON, then the envelope, then numbered migrations up to the
// current version, then each record (with defaults for what was left out), then the references
// between records. Never throws; every problem names where it is, and the report is capped.

import { err, ok, type Result } from '../result';
import { readEnvelope, readJson } from './envelope';
import { isPlainObject } from './jsonValues';
import { CURRENT_FORMAT_VERSION, type FormatProblem, type StakemapFile } from './fileTypes';
import { crossCheck } from './crossChecks';
import { MIGRATIONS, migrateFile, type Migration } from './migrations';
import { capProblems, problem } from './problems';
import { readBody } from './readRecords';

export interface ReaderOptions {
  /** The newest format version this reader accepts; migrations lead up to it. */
  newestVersion: number;
  migrations: readonly Migration[];
}

export interface ReadProgress {
  /** Called once the JSON is parsed and its records are being checked. */
  onChecking?(): void;
}

const CURRENT_READER: ReaderOptions = {
  newestVersion: CURRENT_FORMAT_VERSION,
  migrations: MIGRATIONS,
};

/** The reader with its migrations and newest version injected: for tests of the pipeline. */
export function readStakemapFile(
  text: string,
  options: ReaderOptions,
  progress: ReadProgress = {},
): Result<StakemapFile, FormatProblem[]> {
  const json = readJson(text);
  if (!json.ok) return json;
  progress.onChecking?.();
  const envelope = readEnvelope(json.value, options.newestVersion);
  if (!envelope.ok) return envelope;
  const migrated = migrateFile(
    envelope.value.raw,
    envelope.value.version,
    options.newestVersion,
    options.migrations,
  );
  if (!migrated.ok) return migrated;
  if (!isPlainObject(migrated.value)) {
    return err([problem('', 'This file could not be upgraded: the upgrade did not give a file.')]);
  }

  const body = readBody(migrated.value, CURRENT_FORMAT_VERSION);
  const problems = [...body.problems, ...crossCheck(body.collections)];
  if (problems.length > 0 || !body.file) return err(capProblems(problems));
  return ok(body.file);
}

/** Reads a .stakemap.json file's text into a checked file, or reports every problem with it. */
export function parseStakemapFile(
  text: string,
  progress: ReadProgress = {},
): Result<StakemapFile, FormatProblem[]> {
  try {
    return readStakemapFile(text, CURRENT_READER, progress);
  } catch (error) {
    // Nothing above should throw; if something does, the user still gets a problem, not a crash.
    const reason = error instanceof Error ? error.message : String(error);
    return err([problem('', `Stakemap could not read this file: ${reason}`)]);
  }
}
