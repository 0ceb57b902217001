// Cells as they come back from a spreadsheet: our exporter protects cells that a spreadsheet would
// run as a formula with a leading apostrophe; reading them back takes that apostrophe off again.

import type { ForeignField } from '../foreign';
import { cellAt, cellWhere, type CsvRow, type CsvTable } from './readCsv';

const PROTECTED = /^'+[=+\-@\t\r]/;

export function unprotect(cell: string): { text: string; unprotected: boolean } {
  return PROTECTED.test(cell)
    ? { text: cell.slice(1), unprotected: true }
    : { text: cell, unprotected: false };
}

export const UNPROTECT_NOTE =
  'Cells starting with an apostrophe before =, +, -, @ were read without it (spreadsheet exports ' +
  'add it so the cell is not run as a formula)';

export interface RowFields {
  fields: ForeignField[];
  unprotected: boolean;
}

/** The cells of a row as named fields, skipping the columns in `skip` and unnamed ones. */
export function rowFields(table: CsvTable, row: CsvRow, skip: ReadonlySet<number>): RowFields {
  const fields: ForeignField[] = [];
  let unprotected = false;
  table.headers.forEach((header, index) => {
    if (skip.has(index) || header === '') return;
    const cell = unprotect(cellAt(row, index));
    unprotected ||= cell.unprotected;
    fields.push({ name: header, value: cell.text, where: cellWhere(table, row.line, header) });
  });
  return { fields, unprotected };
}

export function delimiterName(delimiter: string): string {
  if (delimiter === ';') return 'semicolons';
  if (delimiter === '\t') return 'tabs';
  return 'commas';
}
