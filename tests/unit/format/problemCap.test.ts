import { describe, expect, it } from 'vitest';
import { MAX_REPORTED_PROBLEMS } from '@shared/format';
import { fileText, person, problemsOf } from './parseHelpers';

/** A file whose every node has exactly one problem: its kind. */
function fileWithBadNodes(count: number): string {
  return fileText({
    nodes: Array.from({ length: count }, (_, index) => person(`n${index}`, { kind: 'persn' })),
  });
}

describe('the problem report', () => {
  it('lists up to 100 problems in full', () => {
    const problems = problemsOf(fileWithBadNodes(MAX_REPORTED_PROBLEMS));
    expect(problems).toHaveLength(100);
    expect(problems[99]?.path).toBe('nodes[99].kind');
  });

  it('ends with one summary problem beyond that', () => {
    expect(problemsOf(fileWithBadNodes(101)).at(-1)).toEqual({
      path: '',
      message: '…and 1 more problem',
    });
    const problems = problemsOf(fileWithBadNodes(5000));
    expect(problems).toHaveLength(101);
    expect(problems[0]?.path).toBe('nodes[0].kind');
    expect(problems[100]).toEqual({ path: '', message: '…and 4900 more problems' });
  });
});
