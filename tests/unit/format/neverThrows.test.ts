import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_REPORTED_PROBLEMS, parseStakemapFile, type FormatProblem } from '@shared/format';
import { readFixture } from './fixtureFiles';
import { fileText, person, problemsOf } from './parseHelpers';

/** Whatever the input, the answer is a result: a file, or readable problems within the cap. */
function expectAResult(text: string): void {
  const result = parseStakemapFile(text);
  if (result.ok) return;
  expect(result.error.length).toBeGreaterThan(0);
  expect(result.error.length).toBeLessThanOrEqual(MAX_REPORTED_PROBLEMS + 1);
  result.error.forEach((problem: FormatProblem) => {
    expect(typeof problem.path).toBe('string');
    expect(problem.message.length).toBeGreaterThan(0);
  });
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Every place in a JSON value, so that one of them can be replaced. */
function pathsOf(value: Json, prefix: Path = []): Path[] {
  const here = [prefix];
  if (Array.isArray(value)) {
    return here.concat(...value.map((item, index) => pathsOf(item, [...prefix, index])));
  }
  if (value !== null && typeof value === 'object') {
    return here.concat(
      ...Object.entries(value).map(([key, item]) => pathsOf(item, [...prefix, key])),
    );
  }
  return here;
}

function replaceAt(value: Json, path: Path, replacement: Json | undefined): Json | undefined {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  if (Array.isArray(value) && typeof head === 'number') {
    return value.map((item, index) =>
      index === head ? (replaceAt(item, rest, replacement) ?? null) : item,
    );
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const copy: { [key: string]: Json } = { ...value };
    const next = replaceAt(copy[head] ?? null, rest, replacement);
    if (next === undefined) delete copy[head];
    else copy[head] = next;
    return copy;
  }
  return value;
}

const fullFile = JSON.parse(readFixture('v1-full.stakemap.json')) as Json;
const DEPTH = 100_000;
const deepList = `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`;
const deepObject = `${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`;

/** Property runs are quick alone but share the machine with other suites. */
const PROPERTY_TIMEOUT = { timeout: 30_000 };

describe('parseStakemapFile never throws', () => {
  it('on any string', PROPERTY_TIMEOUT, () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), expectAResult), { numRuns: 500 });
  });

  it('on any JSON value', PROPERTY_TIMEOUT, () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => expectAResult(JSON.stringify(value) ?? 'null')),
      { numRuns: 500 },
    );
  });

  it(
    'on a valid file with any one part replaced by any JSON value, or removed',
    PROPERTY_TIMEOUT,
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...pathsOf(fullFile)),
          fc.option(fc.jsonValue(), { nil: undefined }),
          (path, replacement) => {
            expectAResult(JSON.stringify(replaceAt(fullFile, path, replacement as Json)) ?? '');
          },
        ),
        { numRuns: 500 },
      );
    },
  );

  it('on lists and objects nested 100,000 deep', () => {
    expect(problemsOf(deepList)).toEqual([
      { path: '', message: 'This is not a Stakemap file: expected an object, but found a list.' },
    ]);
    expect(problemsOf(deepObject)).toEqual([
      { path: '', message: 'This is not a Stakemap file: it has no "format": "stakemap" marker.' },
    ]);
  });

  it('on deep nesting inside a record', () => {
    const text = fileText({ nodes: [person('a', { extra: 'EXTRA', notes: 'NOTES' })] })
      .replace('"EXTRA"', deepList)
      .replace('"NOTES"', deepObject);
    expect(problemsOf(text)).toEqual([
      { path: 'nodes[0].notes', message: 'expected text, but found an object' },
      {
        path: 'nodes[0].extra',
        message: 'expected named text fields (an object), but found a list',
      },
    ]);
  });

  it('reports a nesting depth the JSON parser refuses instead of crashing', () => {
    // V8 parses deep JSON without recursion; other engines throw RangeError, which must not escape.
    const originalParse = JSON.parse;
    JSON.parse = () => {
      throw new RangeError('Maximum call stack size exceeded');
    };
    try {
      expect(problemsOf(deepList)).toEqual([
        { path: '', message: 'This file is too deeply nested or too large to read.' },
      ]);
    } finally {
      JSON.parse = originalParse;
    }
  });
});
