// Exporting a map as GEXF 1.3 for Gephi: every Stakemap field as a typed node or edge attribute,
// positions as viz:position, a node's extra 'color' and 'size' (from an earlier GEXF import) back
// as viz:color and viz:size, relationship kind as an attribute and as the edge label, strength as
// the edge weight. A redacted export says so in a comment and in the meta description.

import type { MapBundle, Relationship, StakeNode } from '../../../domain/types';
import { relationshipKindLabel } from '../../../domain/relationships';
import { edgeColumns, flatText, nodeColumns, type FlatColumn, type FlatType } from '../flatten';
import { bundleToWrite, describeWithNote, REDACTION_NOTE } from '../redaction';
import type { ExportOptions } from '../types';
import { attributes, comment, element, escapeXml, XML_DECLARATION } from '../xml/writeXml';

const GEXF_TYPES: Record<FlatType, string> = {
  string: 'string',
  number: 'double',
  boolean: 'boolean',
  list: 'string',
};

const VIZ_FIELDS = new Set(['color', 'size']);

function declarations<Item>(forClass: string, columns: readonly FlatColumn<Item>[]): string[] {
  if (columns.length === 0) return [];
  return [
    `    <attributes class="${forClass}" mode="static">`,
    ...columns.map(
      (column) =>
        `      ${element('attribute', [
          ['id', column.name],
          ['title', column.name],
          ['type', GEXF_TYPES[column.type]],
        ])}`,
    ),
    '    </attributes>',
  ];
}

function attvalues<Item>(
  item: Item,
  columns: readonly FlatColumn<Item>[],
  indent: string,
): string[] {
  const values = columns.flatMap((column) => {
    const value = column.value(item);
    return value === undefined
      ? []
      : [
          `${indent}  ${element('attvalue', [
            ['for', column.name],
            ['value', flatText(value)],
          ])}`,
        ];
  });
  return values.length === 0 ? [] : [`${indent}<attvalues>`, ...values, `${indent}</attvalues>`];
}

const HEX = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i;

function vizElements(node: StakeNode): string[] {
  const lines: string[] = [];
  const y = node.position.y === 0 ? 0 : -node.position.y;
  lines.push(
    `        ${element('viz:position', [
      ['x', node.position.x],
      ['y', y],
      ['z', 0],
    ])}`,
  );
  const colour = HEX.exec(node.extra['color'] ?? '');
  if (colour && Object.hasOwn(node.extra, 'color')) {
    const [r, g, b] = [colour[1], colour[2], colour[3]].map((part) => parseInt(part ?? '0', 16));
    lines.push(
      `        ${element('viz:color', [
        ['r', r],
        ['g', g],
        ['b', b],
      ])}`,
    );
  }
  const size = Object.hasOwn(node.extra, 'size') ? Number(node.extra['size']) : NaN;
  if (Number.isFinite(size))
    lines.push(`        ${element('viz:size', [['value', node.extra['size'] ?? String(size)]])}`);
  return lines;
}

/** Extra 'color' and 'size' go out as viz: elements when they fit; otherwise as attributes. */
function fitsViz(node: StakeNode, name: string): boolean {
  const value = node.extra[name] ?? '';
  return name === 'color' ? HEX.test(value) : Number.isFinite(Number(value)) && value.trim() !== '';
}

function nodeAttributeColumns(nodes: readonly StakeNode[]): FlatColumn<StakeNode>[] {
  return nodeColumns(nodes).filter(
    (column) =>
      !VIZ_FIELDS.has(column.name) ||
      !nodes.every((node) => !Object.hasOwn(node.extra, column.name) || fitsViz(node, column.name)),
  );
}

function nodeLines(node: StakeNode, columns: readonly FlatColumn<StakeNode>[]): string[] {
  return [
    `      <node${attributes([
      ['id', node.id],
      ['label', node.label],
    ])}>`,
    ...attvalues(node, columns, '        '),
    ...vizElements(node),
    '      </node>',
  ];
}

function edgeLines(rel: Relationship, columns: readonly FlatColumn<Relationship>[]): string[] {
  const label = rel.label === '' ? relationshipKindLabel(rel.kind) : rel.label;
  const open = attributes([
    ['id', rel.id],
    ['source', rel.sourceId],
    ['target', rel.targetId],
    ['type', rel.directed ? undefined : 'undirected'],
    ['weight', rel.strength],
    ['label', label],
  ]);
  return [`      <edge${open}>`, ...attvalues(rel, columns, '        '), '      </edge>'];
}

export function exportGexf(bundle: MapBundle, options: ExportOptions): string {
  const { map, nodes, relationships } = bundleToWrite(bundle, options.redacted);
  const nodeAttrs = nodeAttributeColumns(nodes);
  const edgeAttrs = edgeColumns(relationships).filter((column) => column.name !== 'label');
  const description = describeWithNote(map.description, options.redacted);
  return [
    XML_DECLARATION,
    ...(options.redacted ? [comment(REDACTION_NOTE)] : []),
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${escapeXml(map.updatedAt.slice(0, 10))}">`,
    `    ${element('creator', [], 'Stakemap')}`,
    ...(description === '' ? [] : [`    ${element('description', [], description)}`]),
    '  </meta>',
    '  <graph mode="static" defaultedgetype="directed">',
    ...declarations('node', nodeAttrs),
    ...declarations('edge', edgeAttrs),
    '    <nodes>',
    ...nodes.flatMap((node) => nodeLines(node, nodeAttrs)),
    '    </nodes>',
    '    <edges>',
    ...relationships.flatMap((rel) => edgeLines(rel, edgeAttrs)),
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}
