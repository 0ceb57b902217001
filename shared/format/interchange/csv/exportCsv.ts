// Exporting a map as two Kumu-style CSV files, nodes and relationships. Cells are quoted as RFC
// 4180 says (papaparse), cells a spreadsheet would run as a formula get a leading apostrophe, and
// each file starts with a UTF-8 byte order mark so that Excel reads accents correctly.

import Papa from 'papaparse';
import type { MapBundle, Relationship, StakeNode } from '../../../domain/types';
import { EDGE_FIELD_NAMES, EXPORT_NOTE_HEADER, NODE_FIELD_NAMES } from '../fieldNames';
import { edgeColumns, flatText, nodeColumns, type FlatColumn, type FlatValue } from '../flatten';
import { bundleToWrite, REDACTION_NOTE } from '../redaction';
import type { ExportOptions } from '../types';

export interface CsvFiles {
  nodes: string;
  relationships: string;
}

const BYTE_ORDER_MARK = '\uFEFF';

/**
 * Cells a spreadsheet would run as a formula: starting with = + - @ tab or CR. Cells that already
 * start with apostrophes before one of those get one more, so that reading back (csvCells.ts)
 * takes exactly one off and every cell returns as it was.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

type Cell = string | number | boolean;

function cellOf(value: FlatValue | undefined): Cell {
  if (value === undefined) return '';
  return typeof value === 'number' || typeof value === 'boolean' ? value : flatText(value);
}

function writeTable<Item>(
  items: readonly Item[],
  columns: readonly FlatColumn<Item>[],
  redacted: boolean,
): string {
  const fields = columns.map((column) => column.header);
  const data: Cell[][] = items.map((item) => columns.map((column) => cellOf(column.value(item))));
  if (redacted) {
    fields.push(EXPORT_NOTE_HEADER);
    data.forEach((row) => row.push(REDACTION_NOTE));
  }
  const csv = Papa.unparse({ fields, data }, { escapeFormulae: FORMULA_START, newline: '\r\n' });
  return `${BYTE_ORDER_MARK}${csv}\r\n`;
}

function nodeTableColumns(nodes: readonly StakeNode[]): FlatColumn<StakeNode>[] {
  const { id, label, x, y } = NODE_FIELD_NAMES;
  return [
    { name: id.key, header: id.header, type: 'string', value: (n) => n.id },
    { name: label.key, header: label.header, type: 'string', value: (n) => n.label },
    ...nodeColumns(nodes),
    { name: x.key, header: x.header, type: 'number', value: (n) => n.position.x },
    { name: y.key, header: y.header, type: 'number', value: (n) => n.position.y },
  ];
}

function relationshipTableColumns(rels: readonly Relationship[]): FlatColumn<Relationship>[] {
  const { id, source, target, direction, strength } = EDGE_FIELD_NAMES;
  return [
    { name: id.key, header: id.header, type: 'string', value: (r) => r.id },
    { name: source.key, header: source.header, type: 'string', value: (r) => r.sourceId },
    { name: target.key, header: target.header, type: 'string', value: (r) => r.targetId },
    ...edgeColumns(rels).slice(0, 1),
    {
      name: direction.key,
      header: direction.header,
      type: 'string',
      value: (r) => (r.directed ? 'directed' : 'undirected'),
    },
    { name: strength.key, header: strength.header, type: 'number', value: (r) => r.strength },
    ...edgeColumns(rels).slice(1),
  ];
}

/** The nodes file and the relationships file, as text ready to save. */
export function exportCsv(bundle: MapBundle, options: ExportOptions): CsvFiles {
  const { nodes, relationships } = bundleToWrite(bundle, options.redacted);
  return {
    nodes: writeTable(nodes, nodeTableColumns(nodes), options.redacted),
    relationships: writeTable(
      relationships,
      relationshipTableColumns(relationships),
      options.redacted,
    ),
  };
}
