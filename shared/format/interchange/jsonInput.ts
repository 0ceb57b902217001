// Reading JSON for the interchange formats: the native reader's never-throwing parse, then a
// depth check (these formats are a few levels deep; a file nested thousands deep is refused
// before anything walks it), and turning JSON values into field values.

import { err, ok, type Result } from '../../result';
import { readJson } from '../envelope';
import type { FormatProblem } from '../fileTypes';
import { problem } from '../problems';
import type { ForeignValue } from './foreign';
import { MAX_JSON_DEPTH } from './limits';
import { textProblem } from './textChecks';

/** True when `value` nests deeper than `limit`; walks without recursion, so any depth is safe. */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop() ?? [null, 0];
    if (typeof item !== 'object' || item === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

export function readJsonInput(text: string, fileName: string): Result<unknown, FormatProblem[]> {
  const textIssue = textProblem(text, fileName);
  if (textIssue) return err([textIssue]);
  const json = readJson(text);
  if (!json.ok) return json;
  if (nestsDeeperThan(json.value, MAX_JSON_DEPTH)) {
    return err([
      problem(
        '',
        `This file is nested more than ${MAX_JSON_DEPTH} levels deep; no Kumu or Cytoscape file needs that.`,
      ),
    ]);
  }
  return ok(json.value);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function own(object: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** A JSON value as a field value: lists of text stay lists; objects become their JSON text. */
export function fieldValue(value: unknown): ForeignValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (
    Array.isArray(value) &&
    value.every((item) => typeof item === 'string' || typeof item === 'number')
  ) {
    return value.map(String);
  }
  return JSON.stringify(value) ?? '';
}

/** Text for an id or reference; numbers are accepted (Cytoscape desktop writes some). */
export function idText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

export function positionFrom(value: unknown): { x: number; y: number } | null {
  if (!isRecord(value)) return null;
  const x = own(value, 'x');
  const y = own(value, 'y');
  return typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y)
    ? { x, y }
    : null;
}
