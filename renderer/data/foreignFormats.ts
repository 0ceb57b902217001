// Files from other tools (spreadsheets, Kumu, Gephi, yEd, Cytoscape): which format a file is, and
// its importer. The importers themselves are pure and live in shared/format/interchange.

import type { FormatProblem } from '@shared/format';
import type { ImportPreview } from '@shared/format/interchange/types';
import { err, type Result } from '@shared/result';

export interface ForeignRead {
  formatLabel: string;
  preview: ImportPreview;
}

/** Which other tool wrote this file, or null when it is (or claims to be) a Stakemap file. */
export function detectForeignFormat(_fileName: string, _text: string): string | null {
  return null;
}

export function readForeignFile(
  format: string,
  fileName: string,
  _text: string,
): Result<ForeignRead, FormatProblem[]> {
  return err([{ path: '', message: `Stakemap cannot read ${format} files like ${fileName} yet.` }]);
}
