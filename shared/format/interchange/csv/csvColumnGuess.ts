// The column-mapping step's starting point for one CSV file: each column with an example value and
// a guess at what it holds, from its header (any alias of a Stakemap field, as fieldNames.ts reads
// them). The user confirms or changes every guess; nothing here decides the import.

import { err, ok, type Result } from '../../../result';
import type { FormatProblem } from '../../fileTypes';
import { problem } from '../../problems';
import { nodeFieldOf, type NodeFieldId } from '../fieldNames';
import type { CsvColumnMapping } from './importCsvWithMapping';
import { cellAt, readCsvTable } from './readCsv';

/** What a column is read as: one of Stakemap's node fields, an extra field, or nothing. */
export type CsvColumnRole = NodeFieldId | 'extra' | 'drop';

export interface CsvColumn {
  name: string;
  /** The first non-empty value in the column, to help the user recognise it. */
  example: string;
  guess: CsvColumnRole;
}

/** Node ids make no sense in a file of nodes alone, so no column is offered as one. */
export type MappableField = Exclude<NodeFieldId, 'id'>;

function guessRoles(headers: readonly string[]): CsvColumnRole[] {
  const taken = new Set<NodeFieldId>();
  const roles = headers.map((header): CsvColumnRole => {
    const field = nodeFieldOf(header);
    if (field === undefined || field === 'id' || taken.has(field)) return 'extra';
    taken.add(field);
    return field;
  });
  if (!taken.has('label')) {
    // No "Label" or "Name": an "ID" column names the nodes, or else the first unclaimed column.
    const id = headers.findIndex((header) => nodeFieldOf(header) === 'id');
    const first = id !== -1 ? id : roles.indexOf('extra');
    if (first !== -1) roles[first] = 'label';
  }
  return roles;
}

export function describeCsvColumns(
  text: string,
  fileName = 'file.csv',
): Result<CsvColumn[], FormatProblem[]> {
  const read = readCsvTable(text, fileName);
  if (!read.ok) return read;
  const { headers, rows } = read.value;
  const roles = guessRoles(headers);
  const columns = headers.flatMap((name, index): CsvColumn[] => {
    if (name === '') return [];
    let example = '';
    for (const row of rows) {
      example = cellAt(row, index).trim();
      if (example !== '') break;
    }
    return [{ name, example, guess: roles[index] ?? 'extra' }];
  });
  return columns.length > 0
    ? ok(columns)
    : err([problem(fileName, 'This file has no column headers.')]);
}

/** The importer's mapping for a role per column; null when no column (or two) is the label. */
export function mappingFromRoles(
  roles: ReadonlyArray<{ column: string; role: CsvColumnRole }>,
): CsvColumnMapping | null {
  const labels = roles.filter(({ role }) => role === 'label');
  if (labels.length !== 1 || !labels[0]) return null;
  const fields = roles.flatMap(({ column, role }) =>
    role === 'extra' || role === 'drop' || role === 'label' ? [] : [{ column, field: role }],
  );
  const leaveOut = roles.filter(({ role }) => role === 'drop').map(({ column }) => column);
  return { label: labels[0].column, fields, rest: 'extra', leaveOut };
}
