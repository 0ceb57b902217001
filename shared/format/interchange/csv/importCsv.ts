// Importing Kumu-style spreadsheets saved as CSV: a nodes file (Label or ID, Type, Description,
// Tags with '|', any custom column) and, optionally, a relationships file (From, To with 'a|b'
// fanning out, Type, Direction, Strength, Label, Description, Tags). A file with From and To but
// no Label is read as a relationships file whose ends name the nodes.

import { ok, type Result } from '../../../result';
import type { FormatProblem } from '../../fileTypes';
import { problem } from '../../problems';
import { edgeFieldOf, nodeFieldOf } from '../fieldNames';
import { emptyGraph, type ForeignEdge, type ForeignGraph } from '../foreign';
import { mapGraph } from '../mapGraph';
import type { ImportOptions, ImportResult } from '../types';
import { delimiterName, rowFields, unprotect, UNPROTECT_NOTE } from './csvCells';
import { cellAt, cellWhere, columnIndex, readCsvTable, type CsvTable } from './readCsv';
import { guardImport } from '../guard';
import { describeCsvColumns } from './csvColumnGuess';

export interface CsvImportOptions extends ImportOptions {
  /** The relationships file's text, when there is one. */
  relationships?: string;
  relationshipsFileName?: string;
}

const DEFAULT_NODES_FILE = 'nodes.csv';
const DEFAULT_RELATIONSHIPS_FILE = 'relationships.csv';

function describeTable(graph: ForeignGraph, table: CsvTable): void {
  graph.mapped.push(`${table.fileName}: cells separated by ${delimiterName(table.delimiter)}`);
  for (const line of table.longRows.slice(0, 5)) {
    graph.notUnderstood.push(
      `${table.fileName} line ${line} has more cells than the header has columns; the extra cells were not read`,
    );
  }
  if (table.longRows.length > 5) {
    graph.notUnderstood.push(`…and ${table.longRows.length - 5} more lines with extra cells`);
  }
  const unnamed = table.headers.findIndex((header) => header === '');
  if (unnamed !== -1 && table.rows.some((row) => cellAt(row, unnamed).trim() !== '')) {
    graph.notUnderstood.push(
      `${table.fileName}: column ${unnamed + 1} has no header, so its cells were not read`,
    );
  }
}

function hasColumn(table: CsvTable, test: (header: string) => boolean): boolean {
  return columnIndex(table, test) !== -1;
}

const isEnd = (id: 'source' | 'target') => (header: string) => edgeFieldOf(header) === id;

function isRelationshipsTable(table: CsvTable): boolean {
  const named = hasColumn(table, (h) => ['label', 'id'].includes(nodeFieldOf(h) ?? ''));
  return !named && hasColumn(table, isEnd('source')) && hasColumn(table, isEnd('target'));
}

function readNodes(graph: ForeignGraph, table: CsvTable): void {
  const labelOrId = columnIndex(table, (h) => ['label', 'id'].includes(nodeFieldOf(h) ?? ''));
  if (labelOrId === -1) {
    graph.problems.push(
      problem(
        `${table.fileName} line 1`,
        `there is no "Label" or "ID" column (the columns are ${table.headers.map((h) => `"${h}"`).join(', ')}); ` +
          'name the column that holds the names "Label", or choose it in the column mapping step',
      ),
    );
    return;
  }
  graph.source.labelsAreIds = !hasColumn(table, (h) => nodeFieldOf(h) === 'id');
  describeTable(graph, table);
  for (const row of table.rows) {
    const { fields, unprotected } = rowFields(table, row, new Set());
    if (unprotected) graph.mapped.push(UNPROTECT_NOTE);
    const where = cellWhere(table, row.line);
    graph.nodes.push({ where, id: null, idWhere: where, label: null, fields, position: null });
  }
}

/** `a|b` names two ends; each pair of ends becomes one relationship. */
function ends(cell: string): string[] {
  return cell
    .split('|')
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

function readRelationships(graph: ForeignGraph, table: CsvTable): void {
  const from = columnIndex(table, isEnd('source'));
  const to = columnIndex(table, isEnd('target'));
  if (from === -1 || to === -1) {
    graph.problems.push(
      problem(
        `${table.fileName} line 1`,
        `a relationships file needs "From" and "To" columns (the columns are ${table.headers.map((h) => `"${h}"`).join(', ')})`,
      ),
    );
    return;
  }
  describeTable(graph, table);
  const fromHeader = table.headers[from] ?? 'From';
  const toHeader = table.headers[to] ?? 'To';
  let fannedOut = 0;
  for (const row of table.rows) {
    const sources = ends(unprotect(cellAt(row, from)).text);
    const targets = ends(unprotect(cellAt(row, to)).text);
    const sourceWhere = cellWhere(table, row.line, fromHeader);
    const targetWhere = cellWhere(table, row.line, toHeader);
    if (sources.length === 0)
      graph.problems.push(
        problem(sourceWhere, 'empty; name the node this relationship starts from'),
      );
    if (targets.length === 0)
      graph.problems.push(problem(targetWhere, 'empty; name the node this relationship goes to'));
    const { fields, unprotected } = rowFields(table, row, new Set([from, to]));
    if (unprotected) graph.mapped.push(UNPROTECT_NOTE);
    if (sources.length * targets.length > 1) fannedOut += 1;
    let first = true;
    for (const source of sources) {
      for (const target of targets) {
        const edge: ForeignEdge = {
          where: cellWhere(table, row.line),
          id: null,
          source,
          sourceWhere,
          target,
          targetWhere,
          directed: null,
          fields: first ? fields : fields.filter((field) => edgeFieldOf(field.name) !== 'id'),
        };
        first = false;
        graph.edges.push(edge);
      }
    }
  }
  if (fannedOut > 0) {
    graph.mapped.push(
      `${fannedOut === 1 ? 'One row names' : `${fannedOut} rows name`} several nodes separated by '|': ` +
        'one relationship was made for each',
    );
  }
}

function readTable(text: string, fileName: string, graph: ForeignGraph): CsvTable | null {
  const table = readCsvTable(text, fileName);
  if (!table.ok) {
    graph.problems.push(...table.error);
    return null;
  }
  return table.value;
}

function readCsv(nodesText: string, options: CsvImportOptions = {}): ImportResult {
  const graph = emptyGraph({
    fieldNoun: 'Column',
    createMissingEnds: true,
    labelsAreIds: true,
    textValues: true,
    trustWeights: true,
  });
  const nodesFile = options.fileName ?? DEFAULT_NODES_FILE;
  const nodes = readTable(nodesText, nodesFile, graph);
  if (nodes && isRelationshipsTable(nodes) && options.relationships === undefined) {
    readRelationships(graph, nodes);
  } else if (nodes) {
    readNodes(graph, nodes);
  }
  if (options.relationships !== undefined) {
    const file = options.relationshipsFileName ?? DEFAULT_RELATIONSHIPS_FILE;
    const relationships = readTable(options.relationships, file, graph);
    if (relationships) readRelationships(graph, relationships);
  }
  return mapGraph(graph, options);
}

/** The column headers of a CSV file, for the column-mapping step. */
export function csvColumns(text: string, fileName = 'file.csv'): Result<string[], FormatProblem[]> {
  const columns = describeCsvColumns(text, fileName);
  return columns.ok ? ok(columns.value.map((column) => column.name)) : columns;
}

/** Never throws: see guard.ts. */
export const importCsv = guardImport(readCsv);
