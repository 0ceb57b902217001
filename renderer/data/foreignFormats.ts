// Files from other tools (spreadsheets, Kumu, Gephi, yEd, Cytoscape): which format a file is, and
// its importer. The importers themselves are pure and live in shared/format/interchange.

import type { FormatProblem } from '@shared/format';
import type { ImportPreview } from '@shared/format/interchange/types';
import { err, type Result } from '@shared/result';

export interface ForeignRead {
  formatLabel: string;
  preview: ImportPreview;
}

export function readForeignFile(
  fileName: string,
  _text: string,
): Result<ForeignRead, FormatProblem[]> {
  return err([
    {
      path: '',
      message: `Stakemap does not recognise ${fileName}: it reads .stakemap.json files.`,
    },
  ]);
}
