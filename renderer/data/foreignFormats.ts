// Files from other tools (spreadsheets, Kumu, Gephi, yEd, Cytoscape): which format a file is, and
// its importer. The importers themselves are pure and live in shared/format/interchange; this file
// runs in the import worker, so it must not reach IndexedDB or the DOM.

import type { FormatProblem } from '@shared/format';
import {
  detectFormat,
  FORMAT_LABELS,
  importCsv,
  importCsvWithMapping,
  importInterchange,
  type CsvColumnMapping,
  type ImportOptions,
  type ImportPreview,
  type ImportResult,
  type InterchangeFormat,
} from '@shared/format/interchange';
import { err, ok, type Result } from '@shared/result';

export type ForeignFormat = Exclude<InterchangeFormat, 'stakemap'>;

export interface ForeignRead {
  format: ForeignFormat;
  formatLabel: string;
  preview: ImportPreview;
}

/** Which other tool wrote this file, or null when it is (or claims to be) a Stakemap file. */
export function detectForeignFormat(fileName: string, text: string): ForeignFormat | null {
  const format = detectFormat(fileName, text);
  return format === null || format === 'stakemap' ? null : format;
}

/** When the import happens, and a call once the records are being checked (for progress). */
export type ReadOptions = Required<Pick<ImportOptions, 'now'>> & Pick<ImportOptions, 'onChecking'>;

function foreignRead(
  format: ForeignFormat,
  result: ImportResult,
): Result<ForeignRead, FormatProblem[]> {
  if (!result.ok) return err(result.error);
  return ok({ format, formatLabel: FORMAT_LABELS[format], preview: result.value });
}

export function readForeignFile(
  format: ForeignFormat,
  fileName: string,
  text: string,
  options: ReadOptions,
): Result<ForeignRead, FormatProblem[]> {
  return foreignRead(format, importInterchange(format, text, { ...options, fileName }));
}

/** A Kumu-style pair of spreadsheets: the nodes file with its relationships file. */
export function readCsvPair(
  nodes: { name: string; text: string },
  relationships: { name: string; text: string },
  options: ReadOptions,
): Result<ForeignRead, FormatProblem[]> {
  const result = importCsv(nodes.text, {
    ...options,
    fileName: nodes.name,
    relationships: relationships.text,
    relationshipsFileName: relationships.name,
  });
  return foreignRead('csv', result);
}

/** One spreadsheet of nodes, read with the columns the user chose. */
export function readMappedCsv(
  file: { name: string; text: string },
  mapping: CsvColumnMapping,
  options: ReadOptions,
): Result<ForeignRead, FormatProblem[]> {
  return foreignRead(
    'csv',
    importCsvWithMapping(file.text, mapping, { ...options, fileName: file.name }),
  );
}
