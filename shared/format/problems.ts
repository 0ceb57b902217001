// Building the problems a file check reports: paths in the `nodes[3].assessment.ownerId` form,
// short descriptions of whatever value was found, and the cap that keeps a broken file's report
// readable.

import type { FormatProblem } from './fileTypes';

/** Beyond this many, the report ends with one summary problem instead of listing the rest. */
export const MAX_REPORTED_PROBLEMS = 100;

export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `['nodes', 12, 'kind']` → `nodes[12].kind`; odd keys are quoted: `extra["Column A"]`. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') {
      path += `[${segment}]`;
    } else if (typeof segment === 'string' && IDENTIFIER.test(segment)) {
      path += path === '' ? segment : `.${segment}`;
    } else {
      path += `[${JSON.stringify(String(segment))}]`;
    }
  }
  return path;
}

export function problem(path: readonly PropertyKey[] | string, message: string): FormatProblem {
  return { path: typeof path === 'string' ? path : formatPath(path), message };
}

const MAX_QUOTED_LENGTH = 40;

/**
 * A found value as a user would recognise it: text quoted (and shortened), numbers as written,
 * containers by what they are. Never walks into a container, so it is safe on any depth.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    // Only the start is looked at, so a huge string costs nothing; Array.from keeps emoji whole.
    const chars = Array.from(value.slice(0, MAX_QUOTED_LENGTH * 2));
    const cut = chars.length > MAX_QUOTED_LENGTH || value.length > MAX_QUOTED_LENGTH * 2;
    return cut ? `'${chars.slice(0, MAX_QUOTED_LENGTH).join('')}…'` : `'${value}'`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** Keeps the first MAX_REPORTED_PROBLEMS and says how many more there were. */
export function capProblems(problems: readonly FormatProblem[]): FormatProblem[] {
  if (problems.length <= MAX_REPORTED_PROBLEMS) return [...problems];
  const more = problems.length - MAX_REPORTED_PROBLEMS;
  return [
    ...problems.slice(0, MAX_REPORTED_PROBLEMS),
    problem('', `…and ${more} more ${more === 1 ? 'problem' : 'problems'}`),
  ];
}
