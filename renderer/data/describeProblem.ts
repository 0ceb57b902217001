// A file's problem in one line for the user. Apart from mapFiles.ts so that the import worker can
// use it without loading IndexedDB.

import type { FormatProblem } from '@shared/format';

/** One line for the user: where the problem is, then what it is. */
export function describeProblem(problem: FormatProblem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}
