// An audience list as CSV for a spreadsheet or mail merge. Spreadsheets run a cell that starts
// with = + - @ (or a tab or carriage return) as a formula, so such cells get a leading apostrophe:
// a label typed into a map must never become a command on someone else's machine.

import Papa from 'papaparse';
import { NODE_KIND_LABELS, humanise } from '../labels';
import { APPROACH_BY_INVOLVEMENT, type AudienceList } from './audienceList';

export const AUDIENCE_CSV_COLUMNS = [
  'Name',
  'Kind',
  'Role',
  'Email',
  'Phone',
  'Preferred involvement',
  'Approach',
  'Why on the list',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function toCsv(rows: ReadonlyArray<readonly string[]>): string {
  return Papa.unparse(
    rows.map((row) => row.map(neutraliseFormula)),
    { newline: '\r\n', quotes: false },
  );
}

export function audienceCsv(list: AudienceList): string {
  const rows = list.entries.map(({ node, reason, involvement }) => [
    node.label,
    NODE_KIND_LABELS[node.kind],
    node.person?.role ?? '',
    node.person?.email ?? '',
    node.person?.phone ?? '',
    involvement ? humanise(involvement) : '',
    APPROACH_BY_INVOLVEMENT[involvement ?? 'unknown'],
    reason,
  ]);
  return toCsv([[...AUDIENCE_CSV_COLUMNS], ...rows]);
}
