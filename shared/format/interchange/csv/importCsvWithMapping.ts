// Importing one CSV file of any shape, after the user has said which column holds the label, the
// kind, the tags and the description, and whether the other columns are kept (as extra fields)
// or dropped. Nothing is guessed from the other columns' names: the user chose.

import { problem } from '../../problems';
import { EXTRA_PREFIX, NODE_FIELD_NAMES } from '../fieldNames';
import { emptyGraph, type ForeignField } from '../foreign';
import { mapGraph } from '../mapGraph';
import type { ImportOptions, ImportResult } from '../types';
import { delimiterName, unprotect, UNPROTECT_NOTE } from './csvCells';
import { cellAt, cellWhere, readCsvTable } from './readCsv';
import { guardImport } from '../guard';

export interface CsvColumnMapping {
  label: string;
  kind?: string;
  tags?: string;
  description?: string;
  /** What happens to every other column. */
  rest: 'extra' | 'drop';
}

type Role = 'label' | 'kind' | 'tags' | 'description';

const FIELD_FOR_ROLE: Record<Role, string> = {
  label: NODE_FIELD_NAMES.label.header,
  kind: NODE_FIELD_NAMES.kind.header,
  tags: NODE_FIELD_NAMES.tags.header,
  description: NODE_FIELD_NAMES.description.header,
};

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
  const roles = new Map<number, Role>();
  for (const role of ['label', 'kind', 'tags', 'description'] as const) {
    const header = mapping[role];
    if (header === undefined) continue;
    const index = table.headers.indexOf(header.trim());
    if (index === -1) {
      graph.problems.push(
        problem(
          `${fileName} line 1`,
          `there is no column "${header}" for the ${role} (the columns are ${table.headers.map((h) => `"${h}"`).join(', ')})`,
        ),
      );
    } else roles.set(index, role);
  }
  graph.mapped.push(`${fileName}: cells separated by ${delimiterName(table.delimiter)}`);
  if (mapping.rest === 'drop') {
    table.headers.forEach((header, index) => {
      if (!roles.has(index) && header !== '') {
        graph.notUnderstood.push(`Column '${header}' was left out, as chosen`);
      }
    });
  }

  for (const row of table.rows) {
    const fields: ForeignField[] = [];
    table.headers.forEach((header, index) => {
      const role = roles.get(index);
      if (!role && (mapping.rest === 'drop' || header === '')) return;
      const cell = unprotect(cellAt(row, index));
      if (cell.unprotected) graph.mapped.push(UNPROTECT_NOTE);
      // Columns the user did not map stay extra fields even when their names look like ours.
      const name = role ? FIELD_FOR_ROLE[role] : `${EXTRA_PREFIX}${header}`;
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
