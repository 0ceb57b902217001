// The slow part of an import, in one pure function the import worker runs: detect the format,
// parse, check, and hand back either a native map's records, another tool's preview, or a
// spreadsheet's columns for the mapping step. No IndexedDB and no DOM here.

import { bundleFromFile, parseStakemapFile } from '@shared/format';
import { describeCsvColumns } from '@shared/format/interchange';
import { ok } from '@shared/result';
import { describeProblem } from '../describeProblem';
import {
  detectForeignFormat,
  readCsvPair,
  readForeignFile,
  readMappedCsv,
  type ForeignRead,
  type ReadOptions,
} from '../foreignFormats';
import type {
  ImportRead,
  ImportReadResult,
  ImportRequest,
  ImportStage,
  NamedText,
} from './importMessages';

function asPreview(read: ReturnType<typeof readForeignFile>): ImportReadResult {
  return read.ok
    ? ok<ImportRead>({ kind: 'preview', ...(read.value satisfies ForeignRead) })
    : read;
}

function columnsOf(file: NamedText, reason: string): ImportReadResult {
  const columns = describeCsvColumns(file.text, file.name);
  return columns.ok ? ok({ kind: 'columns', columns: columns.value, reason }) : columns;
}

function readFile(file: NamedText, mapId: string, options: ReadOptions): ImportReadResult {
  const format = detectForeignFormat(file.name, file.text);
  if (format === null) {
    const parsed = parseStakemapFile(file.text, options);
    if (!parsed.ok) return parsed;
    return ok({
      kind: 'native',
      bundle: bundleFromFile(parsed.value, { mapId, now: options.now }),
    });
  }
  const read = readForeignFile(format, file.name, file.text, options);
  if (read.ok || format !== 'csv') return asPreview(read);
  // A spreadsheet not in Kumu's shape (no Label column, labels repeated…): rather than refuse
  // it, let the user say what each column holds. A file that is not CSV at all stays refused.
  const reason = read.error.slice(0, 3).map(describeProblem).join(' ');
  const columns = columnsOf(file, reason);
  return columns.ok ? columns : read;
}

export function readImport(
  request: ImportRequest,
  onStage: (stage: ImportStage) => void,
): ImportReadResult {
  onStage('parsing');
  const options: ReadOptions = { now: request.now, onChecking: () => onStage('checking') };
  switch (request.type) {
    case 'file':
      return readFile(request.file, request.mapId, options);
    case 'csv-pair':
      return asPreview(readCsvPair(request.nodes, request.relationships, options));
    case 'csv-mapped':
      return asPreview(readMappedCsv(request.file, request.mapping, options));
    case 'csv-columns':
      return columnsOf(request.file, '');
  }
}
