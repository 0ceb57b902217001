// The checks on a file as a whole, before any record is looked at: is it JSON, is it an object,
// is it a Stakemap file, and is its format version one this build can read. Each failure is one
// problem with path '' (or 'version') and a sentence a user can act on.

import { err, ok, type Result } from '../result';
import { STAKEMAP_FORMAT, type FormatProblem } from './fileTypes';
import { isPlainObject, ownField } from './jsonValues';
import { describeValue, problem } from './problems';

const BYTE_ORDER_MARK = '\uFEFF';

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

function jsonSyntaxProblem(text: string, error: unknown): FormatProblem {
  if (error instanceof RangeError) {
    // Engines that parse recursively run out of stack on very deep nesting; none is ours.
    return problem('', 'This file is too deeply nested or too large to read.');
  }
  const detail = error instanceof Error ? error.message : String(error);
  // Some engines add their own "(line 2 column 3)"; ours is worked out below from the position.
  const cleanDetail = detail.replace(/\s*\(line \d+ column \d+\)\s*$/, '');
  const position = /at position (\d+)/.exec(cleanDetail)?.[1];
  if (position === undefined) return problem('', `This file is not valid JSON: ${cleanDetail}`);
  const { line, column } = lineAndColumn(text, Number(position));
  return problem(
    '',
    `This file is not valid JSON (line ${line}, column ${column}): ${cleanDetail}`,
  );
}

/** Parses the text as JSON, never throwing: bad syntax and runaway nesting become problems. */
export function readJson(text: string): Result<unknown, FormatProblem[]> {
  const body = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  if (body.trim() === '') return err([problem('', 'This file is empty.')]);
  try {
    return ok(JSON.parse(body) as unknown);
  } catch (error) {
    return err([jsonSyntaxProblem(body, error)]);
  }
}

export interface Envelope {
  raw: Record<string, unknown>;
  version: number;
}

const NOT_STAKEMAP = 'This is not a Stakemap file: it has no "format": "stakemap" marker.';

/** Checks the format marker and version; `newestVersion` is the newest this build reads. */
export function readEnvelope(
  value: unknown,
  newestVersion: number,
): Result<Envelope, FormatProblem[]> {
  if (!isPlainObject(value)) {
    return err([
      problem(
        '',
        `This is not a Stakemap file: expected an object, but found ${describeValue(value)}.`,
      ),
    ]);
  }
  if (ownField(value, 'format') !== STAKEMAP_FORMAT) return err([problem('', NOT_STAKEMAP)]);

  const version = ownField(value, 'version');
  if (version === undefined) {
    return err([problem('version', 'missing; expected a whole number such as 1')]);
  }
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return err([
      problem(
        'version',
        `${describeValue(version)} is not a format version; expected a whole number such as 1`,
      ),
    ]);
  }
  if (version < 1) {
    return err([
      problem('version', `format version ${version} does not exist; versions start at 1`),
    ]);
  }
  if (version > newestVersion) {
    return err([
      problem(
        '',
        `This file was written by a newer version of Stakemap (format version ${version}). ` +
          `This version reads format versions up to ${newestVersion}: update Stakemap to open it.`,
      ),
    ]);
  }
  return ok({ raw: value, version });
}
