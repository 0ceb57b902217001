// Importing one CSV file of any shape, after the user has said which column holds the label, the
// kind, the tags, the description or any other Stakemap field, and whether the other columns are
// kept (as extra fields) or left out. Nothing is guessed from the other columns' names: the user
// chose.

import { problem } from '../../problems';
import { EXTRA_PREFIX, NODE_FIELD_NAMES, type NodeFieldId } from '../fieldNames';
import { emptyGraph, type ForeignField, type ForeignGraph } from '../foreign';
import { mapGraph } from '../mapGraph';
import type { ImportOptions, ImportResult } from '../types';
import { delimiterName, unprotect, UNPROTECT_NOTE } from './csvCells';
import { cellAt, cellWhere, readCsvTable, type CsvTable } from './readCsv';
import { guardImport } from '../guard';

export interface CsvColumnMapping {
  label: string;
  kind?: string;
  tags?: string;
  description?: string;
  /** Other columns read as one of Stakemap's node fields ("Job" as the role). */
  fields?: ReadonlyArray<{ column: string; field: NodeFieldId }>;
  /** What happens to every column not named above. */
  rest: 'extra' | 'drop';
  /** Columns left out even when `rest` keeps the others. */
  leaveOut?: readonly string[];
}

/** Every column the mapping names, with the field it is read as. */
function chosenFields(mapping: CsvColumnMapping): Array<{ column: string; field: NodeFieldId }> {
  const named = (['label', 'kind', 'tags', 'description'] as const).flatMap((field) => {
    const column = mapping[field];
    return column === undefined ? [] : [{ column, field }];
  });
  return [...named, ...(mapping.fields ?? [])];
}

function findColumns(
  graph: ForeignGraph,
  table: CsvTable,
  mapping: CsvColumnMapping,
): Map<number, NodeFieldId> {
  const roles = new Map<number, NodeFieldId>();
  for (const { column, field } of chosenFields(mapping)) {
    const index = table.headers.indexOf(column.trim());
    const noun = field === 'kind' ? 'kind' : NODE_FIELD_NAMES[field].header.toLowerCase();
    if (index === -1) {
      graph.problems.push(
        problem(
          `${table.fileName} line 1`,
          `there is no column "${column}" for the ${noun} (the columns are ${table.headers.map((h) => `"${h}"`).join(', ')})`,
        ),
      );
    } else if (roles.has(index)) {
      graph.problems.push(
        problem(`${table.fileName} line 1`, `column "${column}" was chosen for two fields`),
      );
    } else roles.set(index, field);
  }
  return roles;
}

function readCsvWithMapping(
  text: string,
  mapping: CsvColumnMapping,
  options: ImportOptions = {},
): ImportResult {
  const fileName = options.fileName ?? 'file.csv';
  const read = readCsvTable(text, fileName);
  if (!read.ok) return read;
  const table = read.value;
  const graph = emptyGraph({
    fieldNoun: 'Column',
    createMissingEnds: false,
    labelsAreIds: false,
    textValues: true,
    trustWeights: true,
  });
  const roles = findColumns(graph, table, mapping);
  const leftOut = new Set(mapping.leaveOut?.map((column) => column.trim()));
  const isLeftOut = (header: string, index: number) =>
    !roles.has(index) && (mapping.rest === 'drop' || leftOut.has(header) || header === '');
  graph.mapped.push(`${fileName}: cells separated by ${delimiterName(table.delimiter)}`);
  table.headers.forEach((header, index) => {
    if (header !== '' && isLeftOut(header, index)) {
      graph.notUnderstood.push(`Column '${header}' was left out, as chosen`);
    }
  });

  for (const row of table.rows) {
    const fields: ForeignField[] = [];
    table.headers.forEach((header, index) => {
      if (isLeftOut(header, index)) return;
      const role = roles.get(index);
      const cell = unprotect(cellAt(row, index));
      if (cell.unprotected) graph.mapped.push(UNPROTECT_NOTE);
      // Columns the user did not map stay extra fields even when their names look like ours.
      const name = role ? NODE_FIELD_NAMES[role].header : `${EXTRA_PREFIX}${header}`;
      const where = cellWhere(table, row.line, header);
      fields.push({ name, title: header, value: cell.text, where });
    });
    const where = cellWhere(table, row.line);
    graph.nodes.push({ where, id: null, idWhere: where, label: null, fields, position: null });
  }
  return mapGraph(graph, options);
}

/** Never throws: see guard.ts. */
export const importCsvWithMapping = guardImport(readCsvWithMapping);
