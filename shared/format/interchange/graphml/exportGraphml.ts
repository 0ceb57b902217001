// Exporting a map as GraphML (read by yEd, Gephi, NetworkX and igraph): one typed `<key>` per
// Stakemap field in use, the label and position as keys (as Gephi writes them), relationship
// strength as `weight`, direction as `edgedefault` plus `directed` on undirected edges. The map's
// name and description are graph data; a redacted export says so there and in a comment.

import type { MapBundle, Relationship, StakeNode } from '../../../domain/types';
import { edgeColumns, flatText, nodeColumns, type FlatColumn, type FlatType } from '../flatten';
import { bundleToWrite, describeWithNote, REDACTION_NOTE } from '../redaction';
import type { ExportOptions } from '../types';
import { attributes, comment, element, XML_DECLARATION } from '../xml/writeXml';

const GRAPHML_TYPES: Record<FlatType, string> = {
  string: 'string',
  number: 'double',
  boolean: 'boolean',
  list: 'string',
};

interface KeyedColumn<Item> extends FlatColumn<Item> {
  id: string;
}

function keyed<Item>(prefix: string, columns: readonly FlatColumn<Item>[]): KeyedColumn<Item>[] {
  return columns.map((column, index) => ({ ...column, id: `${prefix}${index}` }));
}

function keyLines<Item>(target: string, columns: readonly KeyedColumn<Item>[]): string[] {
  return columns.map(
    (column) =>
      `  ${element('key', [
        ['id', column.id],
        ['for', target],
        ['attr.name', column.name],
        ['attr.type', GRAPHML_TYPES[column.type]],
      ])}`,
  );
}

function dataLines<Item>(item: Item, columns: readonly KeyedColumn<Item>[]): string[] {
  return columns.flatMap((column) => {
    const value = column.value(item);
    return value === undefined
      ? []
      : [`      ${element('data', [['key', column.id]], flatText(value))}`];
  });
}

function nodeKeyColumns(nodes: readonly StakeNode[]): KeyedColumn<StakeNode>[] {
  return keyed('n', [
    { name: 'label', header: 'Label', type: 'string', value: (n) => n.label },
    ...nodeColumns(nodes),
    { name: 'x', header: 'X', type: 'number', value: (n) => n.position.x },
    { name: 'y', header: 'Y', type: 'number', value: (n) => n.position.y },
  ]);
}

function edgeKeyColumns(rels: readonly Relationship[]): KeyedColumn<Relationship>[] {
  return keyed('e', [
    ...edgeColumns(rels),
    { name: 'weight', header: 'Strength', type: 'number', value: (r) => r.strength },
  ]);
}

export function exportGraphml(bundle: MapBundle, options: ExportOptions): string {
  const { map, nodes, relationships } = bundleToWrite(bundle, options.redacted);
  const nodeKeys = nodeKeyColumns(nodes);
  const edgeKeys = edgeKeyColumns(relationships);
  const description = describeWithNote(map.description, options.redacted);
  const graphKeys: KeyedColumn<null>[] = [
    { id: 'g0', name: 'name', header: 'Name', type: 'string', value: () => map.name },
    {
      id: 'g1',
      name: 'description',
      header: 'Description',
      type: 'string',
      value: () => description || undefined,
    },
    { id: 'g2', name: 'generator', header: 'Generator', type: 'string', value: () => 'Stakemap' },
  ];
  return [
    XML_DECLARATION,
    ...(options.redacted ? [comment(REDACTION_NOTE)] : []),
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns ' +
      'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keyLines('graph', graphKeys),
    ...keyLines('node', nodeKeys),
    ...keyLines('edge', edgeKeys),
    '  <graph id="G" edgedefault="directed">',
    ...dataLines(null, graphKeys).map((line) => line.slice(2)),
    ...nodes.flatMap((node) => [
      `    <node${attributes([['id', node.id]])}>`,
      ...dataLines(node, nodeKeys),
      '    </node>',
    ]),
    ...relationships.flatMap((rel) => [
      `    <edge${attributes([
        ['id', rel.id],
        ['source', rel.sourceId],
        ['target', rel.targetId],
        ['directed', rel.directed ? undefined : 'false'],
      ])}>`,
      ...dataLines(rel, edgeKeys),
      '    </edge>',
    ]),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
