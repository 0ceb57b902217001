// Importing Gephi's GEXF (1.2draft and 1.3): typed node and edge attributes (with defaults),
// labels, viz:position, viz:color and viz:size (kept as extra fields), per-edge `type` overriding
// the graph's `defaultedgetype` (undirected when absent, as the GEXF schema says), and weights.

import { problem } from '../../problems';
import { emptyGraph, type ForeignField, type ForeignGraph, type ForeignNode } from '../foreign';
import { mapGraph } from '../mapGraph';
import type { ImportOptions, ImportResult } from '../types';
import { attributePath, childNamed, childrenNamed, readXml, type XmlElement } from '../xml/readXml';
import { guardImport } from '../guard';
import { pushXmlEdge } from '../xml/xmlEdge';

interface AttributeDefinition {
  title: string;
  defaultValue: string | undefined;
}

type Definitions = Map<string, AttributeDefinition>;

function definitions(graph: XmlElement, forClass: 'node' | 'edge'): Definitions {
  const found: Definitions = new Map();
  for (const block of childrenNamed(graph, 'attributes')) {
    if ((block.attributes.get('class') ?? 'node') !== forClass) continue;
    for (const attribute of childrenNamed(block, 'attribute')) {
      const id = attribute.attributes.get('id');
      if (id === undefined) continue;
      const title = attribute.attributes.get('title') ?? id;
      found.set(id, { title, defaultValue: childNamed(attribute, 'default')?.text.trim() });
    }
  }
  return found;
}

/** attvalues, with each defined attribute's default where the element gives no value. */
function attributeFields(
  element: XmlElement,
  defined: Definitions,
  out: ForeignGraph,
): ForeignField[] {
  const fields: ForeignField[] = [];
  const given = new Set<string>();
  for (const value of childrenNamed(childNamed(element, 'attvalues') ?? element, 'attvalue')) {
    const key = value.attributes.get('for') ?? value.attributes.get('id') ?? '';
    const definition = defined.get(key);
    if (!definition) {
      out.notUnderstood.push(
        `${attributePath(value, 'for')}: no attribute '${key}' is defined; the value was not read`,
      );
      continue;
    }
    given.add(key);
    const where = attributePath(value, 'value');
    fields.push({ name: definition.title, value: value.attributes.get('value') ?? '', where });
  }
  for (const [key, definition] of defined) {
    if (given.has(key) || definition.defaultValue === undefined) continue;
    fields.push({ name: definition.title, value: definition.defaultValue, where: element.path });
  }
  return fields;
}

function hex(part: string | undefined): string {
  const value = Math.max(0, Math.min(255, Math.round(Number(part ?? 0)) || 0));
  return value.toString(16).padStart(2, '0');
}

/** viz:color as #rrggbb (GEXF 1.3 may give `hex` directly); alpha is kept when it is not 1. */
function colourOf(color: XmlElement): string {
  const given = color.attributes.get('hex');
  if (given) return given;
  const { attributes } = color;
  const rgb = `#${hex(attributes.get('r'))}${hex(attributes.get('g'))}${hex(attributes.get('b'))}`;
  const alpha = attributes.get('a');
  return alpha === undefined || Number(alpha) === 1 ? rgb : `${rgb} alpha ${alpha}`;
}

function vizFields(node: XmlElement, out: ForeignGraph): ForeignField[] {
  const fields: ForeignField[] = [];
  const color = childNamed(node, 'color');
  if (color) {
    fields.push({ name: 'color', value: colourOf(color), where: color.path });
    out.mapped.push("viz:color kept as the extra field 'color'");
  }
  const size = childNamed(node, 'size');
  if (size) {
    fields.push({ name: 'size', value: size.attributes.get('value') ?? '', where: size.path });
    out.mapped.push("viz:size kept as the extra field 'size'");
  }
  const shape = childNamed(node, 'shape');
  if (shape) {
    fields.push({ name: 'shape', value: shape.attributes.get('value') ?? '', where: shape.path });
    out.mapped.push("viz:shape kept as the extra field 'shape'");
  }
  return fields;
}

function positionOf(node: XmlElement): { x: number; y: number } | null {
  const position = childNamed(node, 'position');
  if (!position) return null;
  const x = Number(position.attributes.get('x'));
  const y = Number(position.attributes.get('y'));
  // GEXF's y axis points up, the canvas's down: flip it so the picture is not mirrored.
  return Number.isFinite(x) && Number.isFinite(y) ? { x, y: y === 0 ? 0 : -y } : null;
}

function readNodes(
  container: XmlElement,
  defined: Definitions,
  out: ForeignGraph,
  parent?: string,
): void {
  for (const node of childrenNamed(container, 'node')) {
    const id = node.attributes.get('id') ?? null;
    const fields = [...attributeFields(node, defined, out), ...vizFields(node, out)];
    const parentId = parent ?? node.attributes.get('pid');
    if (parentId !== undefined) fields.push({ name: 'parent', value: parentId, where: node.path });
    const foreign: ForeignNode = {
      where: node.path,
      id,
      idWhere: attributePath(node, 'id'),
      label: node.attributes.get('label') ?? null,
      fields,
      position: positionOf(node),
    };
    if (id === null)
      out.problems.push(problem(attributePath(node, 'id'), 'missing; every GEXF node needs an id'));
    out.nodes.push(foreign);
    const nested = childNamed(node, 'nodes');
    if (nested && id !== null) {
      out.mapped.push(
        "Nodes inside other nodes were flattened; each keeps its parent's id as the extra field 'parent'",
      );
      readNodes(nested, defined, out, id);
    }
  }
}

const DIRECTED: Readonly<Record<string, boolean>> = {
  directed: true,
  undirected: false,
  mutual: false,
};

function readEdges(graph: XmlElement, defined: Definitions, out: ForeignGraph): void {
  const defaultType = graph.attributes.get('defaultedgetype') ?? 'undirected';
  for (const edge of childrenNamed(childNamed(graph, 'edges') ?? graph, 'edge')) {
    const type = edge.attributes.get('type') ?? defaultType;
    const fields = attributeFields(edge, defined, out);
    const weight = edge.attributes.get('weight');
    if (weight !== undefined)
      fields.push({ name: 'weight', value: weight, where: attributePath(edge, 'weight') });
    const label = edge.attributes.get('label');
    if (label !== undefined)
      fields.push({ name: 'label', value: label, where: attributePath(edge, 'label') });
    if (type === 'mutual')
      fields.push({ name: 'direction', value: 'mutual', where: attributePath(edge, 'type') });
    pushXmlEdge(out, edge, Object.hasOwn(DIRECTED, type) ? (DIRECTED[type] ?? null) : null, fields);
  }
}

function readGexf(text: string, options: ImportOptions = {}): ImportResult {
  const fileName = options.fileName ?? 'file.gexf';
  const read = readXml(text, fileName);
  if (!read.ok) return read;
  const root = read.value;
  const out = emptyGraph({
    fieldNoun: 'Attribute',
    createMissingEnds: false,
    labelsAreIds: false,
    textValues: true,
    trustWeights: false,
  });
  const graph = childNamed(root, 'graph');
  if (root.name !== 'gexf' || !graph) {
    return mapGraph({
      ...out,
      problems: [
        problem(
          fileName,
          `This is not a GEXF file: its root element is <${root.name}>, not <gexf> with a <graph>.`,
        ),
      ],
    });
  }
  const meta = childNamed(root, 'meta');
  const creator = meta ? (childNamed(meta, 'creator')?.text.trim() ?? '') : '';
  out.source.trustWeights = creator.startsWith('Stakemap');
  out.mapDescription = meta ? (childNamed(meta, 'description')?.text.trim() ?? '') : '';
  out.mapName = meta ? (childNamed(meta, 'title')?.text.trim() ?? null) : null;
  out.mapped.push(
    `GEXF ${root.attributes.get('version') ?? ''}${creator ? `, written by ${creator}` : ''}`.trim(),
  );
  if (graph.attributes.get('mode') === 'dynamic') {
    out.notUnderstood.push(
      'This is a dynamic (time-based) graph: Stakemap imports every node and edge, without their times',
    );
  }
  readNodes(childNamed(graph, 'nodes') ?? graph, definitions(graph, 'node'), out);
  readEdges(graph, definitions(graph, 'edge'), out);
  return mapGraph(out, options);
}

/** Never throws: see guard.ts. */
export const importGexf = guardImport(readGexf);
