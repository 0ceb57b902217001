// Numbered upgrades of older files: each step takes the raw JSON of format version `from` to
// `from + 1`. The list is append-only: a shipped step never changes, and every format version
// keeps a fixture in tests/fixtures/stakemap/ that is read through these steps.

import { err, ok, type Result } from '../result';
import type { FormatProblem } from './fileTypes';
import { problem } from './problems';

export interface Migration {
  from: number;
  to: number;
  /** Returns the file in the next version's shape. Works on unchecked JSON, so it must not trust it. */
  migrate(raw: unknown): unknown;
}

/** Version 1 is the first format: nothing to upgrade from yet. */
export const MIGRATIONS: readonly Migration[] = [];

/** Runs the steps from `fromVersion` up to `toVersion`, in order. */
export function migrateFile(
  raw: unknown,
  fromVersion: number,
  toVersion: number,
  migrations: readonly Migration[] = MIGRATIONS,
): Result<unknown, FormatProblem[]> {
  let current = raw;
  for (let version = fromVersion; version < toVersion; version += 1) {
    const step = migrations.find((migration) => migration.from === version);
    if (!step || step.to !== version + 1) {
      return err([
        problem(
          '',
          `This version of Stakemap cannot upgrade files from format version ${version}.`,
        ),
      ]);
    }
    try {
      current = step.migrate(current);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return err([
        problem(
          '',
          `This file could not be upgraded from format version ${step.from} to ${step.to}: ${reason}`,
        ),
      ]);
    }
  }
  return ok(current);
}
