// The last line of defence for "an import never crashes": whatever an importer's code does, the
// caller gets a Result. Nothing is expected to throw (fast-check tests look for it); if something
// does, the user reads a problem instead of seeing the app fail.

import { err } from '../../result';
import { problem } from '../problems';
import type { ImportResult } from './types';

export function guardImport<Args extends unknown[]>(
  importer: (...args: Args) => ImportResult,
): (...args: Args) => ImportResult {
  return (...args) => {
    try {
      return importer(...args);
    } catch (error) {
      if (error instanceof RangeError) {
        return err([problem('', 'This file is too large or too deeply nested to read.')]);
      }
      const reason = error instanceof Error ? error.message : String(error);
      return err([problem('', `Stakemap could not read this file: ${reason}`)]);
    }
  };
}
