import { describe, expect, it } from 'vitest';
import { fileText, parsedFile, problemsOf } from './parseHelpers';

const NOT_STAKEMAP = 'This is not a Stakemap file: it has no "format": "stakemap" marker.';

describe('whole-file problems', () => {
  it('says an empty file is empty', () => {
    expect(problemsOf('')).toEqual([{ path: '', message: 'This file is empty.' }]);
    expect(problemsOf(' \n\t ')).toEqual([{ path: '', message: 'This file is empty.' }]);
  });

  it('reads a file that starts with a UTF-8 byte order mark', () => {
    expect(parsedFile(`\uFEFF${fileText()}`).map.name).toBe('Test map');
  });

  it('gives the line and column when the JSON parser reports a position', () => {
    const [problem] = problemsOf('{\n  "format": "stakemap",\n  "version": 1,,\n}');
    expect(problem?.message).toMatch(/^This file is not valid JSON \(line 3, column 16\): /);
  });

  it('still explains JSON errors that come without a position', () => {
    const [problem] = problemsOf('{"format": }');
    expect(problem?.path).toBe('');
    expect(problem?.message).toMatch(/^This file is not valid JSON: \S/);
  });

  it.each([
    ['a list', '[]', 'a list'],
    ['text', '"stakemap"', "'stakemap'"],
    ['null', 'null', 'null'],
    ['a number', '1', '1'],
  ])('says JSON that is %s is not a Stakemap file', (_, text, found) => {
    expect(problemsOf(text)).toEqual([
      { path: '', message: `This is not a Stakemap file: expected an object, but found ${found}.` },
    ]);
  });

  it('refuses an object without the stakemap format marker', () => {
    expect(problemsOf(fileText({ format: undefined }))).toEqual([
      { path: '', message: NOT_STAKEMAP },
    ]);
    expect(problemsOf(fileText({ format: 'Stakemap' }))).toEqual([
      { path: '', message: NOT_STAKEMAP },
    ]);
  });

  it('does not take the marker from an inherited field', () => {
    expect(problemsOf('{"__proto__": {"format": "stakemap"}, "version": 1}')).toEqual([
      { path: '', message: NOT_STAKEMAP },
    ]);
  });

  it.each([
    [undefined, 'missing; expected a whole number such as 1'],
    ['1', "'1' is not a format version; expected a whole number such as 1"],
    [1.5, '1.5 is not a format version; expected a whole number such as 1'],
    [null, 'null is not a format version; expected a whole number such as 1'],
    [0, 'format version 0 does not exist; versions start at 1'],
    [-2, 'format version -2 does not exist; versions start at 1'],
  ])('refuses version %j', (version, message) => {
    expect(problemsOf(fileText({ version }))).toEqual([{ path: 'version', message }]);
  });

  it('refuses a version too large to be a number', () => {
    const text = fileText().replace('"version":1', '"version":1e999');
    expect(problemsOf(text)).toEqual([
      {
        path: 'version',
        message: 'Infinity is not a format version; expected a whole number such as 1',
      },
    ]);
  });

  it('refuses a newer version with the update message', () => {
    expect(problemsOf(fileText({ version: 2 }))).toEqual([
      {
        path: '',
        message:
          'This file was written by a newer version of Stakemap (format version 2). This version ' +
          'reads format versions up to 1: update Stakemap to open it.',
      },
    ]);
  });

  it('names envelope fields of the wrong type', () => {
    expect(
      problemsOf(fileText({ exportedAt: 'yesterday', app: 'Stakemap', redacted: 'no', map: [] })),
    ).toEqual([
      {
        path: 'exportedAt',
        message:
          "'yesterday' is not a date and time; expected one such as 2010-01-19T10:00:00.000Z",
      },
      { path: 'app', message: "expected app details (an object), but found 'Stakemap'" },
      { path: 'redacted', message: "expected true or false, but found 'no'" },
      { path: 'map', message: 'expected the map (an object), but found a list' },
    ]);
  });

  it('requires the export time and the map', () => {
    expect(problemsOf(fileText({ exportedAt: undefined, map: undefined }))).toEqual([
      {
        path: 'exportedAt',
        message: 'missing; expected a date and time such as 2010-01-19T10:00:00.000Z',
      },
      { path: 'map', message: 'missing; expected the map (an object)' },
    ]);
  });

  it('names a collection that is not a list', () => {
    expect(problemsOf(fileText({ nodes: {}, messages: 'none' }))).toEqual([
      { path: 'nodes', message: 'expected a list of nodes, but found an object' },
      { path: 'messages', message: "expected a list of messages, but found 'none'" },
    ]);
  });

  it('ignores fields it does not know, at every level', () => {
    const file = parsedFile(
      fileText({ comment: 'hi', nodes: [{ id: 'a', kind: 'person', label: 'A', colour: 'red' }] }),
    );
    expect(file).not.toHaveProperty('comment');
    expect(file.nodes[0]).not.toHaveProperty('colour');
  });
});
