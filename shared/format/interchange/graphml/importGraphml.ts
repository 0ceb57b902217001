// Importing GraphML as yEd, Gephi, NetworkX and igraph write it: `<key>`s with names, types and
// defaults, `edgedefault` and per-edge `directed`, node labels from a label/name key or from yEd's
// y:NodeLabel, positions from x/y keys or yEd's y:Geometry. Nested graphs (yEd groups) are
// flattened: each group stays a node (a network, unless it says otherwise) and every node inside
// it gets a member-of relationship to it.

import { problem } from '../../problems';
import { emptyGraph, type ForeignField, type ForeignGraph } from '../foreign';
import { mapGraph } from '../mapGraph';
import type { ImportOptions, ImportResult } from '../types';
import { attributePath, childNamed, childrenNamed, readXml, type XmlElement } from '../xml/readXml';
import { isYedGraphics, yedEdgeLabel, yedNodeGraphics } from './yed';
import { nodeFieldOf } from '../fieldNames';
import { guardImport } from '../guard';
import { pushXmlEdge } from '../xml/xmlEdge';

interface Key {
  name: string;
  defaultValue: string | undefined;
}

type Keys = Map<string, Key>;

interface KeySets {
  node: Keys;
  edge: Keys;
  graph: Keys;
}

function readKeys(root: XmlElement): KeySets {
  const sets: KeySets = { node: new Map(), edge: new Map(), graph: new Map() };
  for (const key of childrenNamed(root, 'key')) {
    const id = key.attributes.get('id');
    const name = key.attributes.get('attr.name');
    if (id === undefined || name === undefined) continue;
    const entry = { name, defaultValue: childNamed(key, 'default')?.text.trim() };
    const target = key.attributes.get('for') ?? 'all';
    if (target === 'node' || target === 'all') sets.node.set(id, entry);
    if (target === 'edge' || target === 'all') sets.edge.set(id, entry);
    if (target === 'graph' || target === 'all') sets.graph.set(id, entry);
  }
  return sets;
}

interface DataRead {
  fields: ForeignField[];
  graphics: XmlElement[];
}

function readData(element: XmlElement, keys: Keys, out: ForeignGraph): DataRead {
  const read: DataRead = { fields: [], graphics: [] };
  const given = new Set<string>();
  for (const data of childrenNamed(element, 'data')) {
    const id = data.attributes.get('key') ?? '';
    if (isYedGraphics(data)) {
      read.graphics.push(data);
      continue;
    }
    const key = keys.get(id);
    if (!key) {
      if (data.text.trim() !== '') {
        out.notUnderstood.push(
          `${attributePath(data, 'key')}: no key '${id}' is declared; the value was not read`,
        );
      }
      continue;
    }
    given.add(id);
    read.fields.push({ name: key.name, value: data.text, where: data.path });
  }
  for (const [id, key] of keys) {
    if (given.has(id) || key.defaultValue === undefined) continue;
    read.fields.push({ name: key.name, value: key.defaultValue, where: element.path });
  }
  return read;
}

interface Walk {
  keys: KeySets;
  out: ForeignGraph;
  edgeDefault: boolean;
}

function readNode(walk: Walk, node: XmlElement, group: string | null): void {
  const { out } = walk;
  const id = node.attributes.get('id');
  if (id === undefined) {
    out.problems.push(
      problem(attributePath(node, 'id'), 'missing; every GraphML node needs an id'),
    );
    return;
  }
  const { fields, graphics } = readData(node, walk.keys.node, out);
  let label: string | null = null;
  let position = null;
  for (const data of graphics) {
    const found = yedNodeGraphics(data);
    label ??= found.label;
    position ??= found.position;
    if (found.colour) {
      fields.push({ name: 'color', value: found.colour, where: data.path });
      out.mapped.push("yEd fill colours kept as the extra field 'color'");
    }
  }
  if (label !== null) out.mapped.push('yEd node labels (y:NodeLabel) read as labels');
  if (position !== null) out.mapped.push('yEd node positions (y:Geometry) read as positions');
  const nested = childNamed(node, 'graph');
  if (nested && !fields.some((field) => nodeFieldOf(field.name) === 'kind')) {
    fields.push({ name: 'kind', value: 'network', where: node.path });
  }
  out.nodes.push({
    where: node.path,
    id,
    idWhere: attributePath(node, 'id'),
    label,
    fields,
    position,
  });
  if (group !== null) {
    out.edges.push({
      where: node.path,
      id: null,
      source: id,
      sourceWhere: attributePath(node, 'id'),
      target: group,
      targetWhere: node.path,
      directed: true,
      fields: [{ name: 'kind', value: 'member-of', where: node.path }],
    });
  }
  if (nested) {
    out.mapped.push(
      'Groups (nodes holding a nested graph, as yEd writes them) became network nodes; ' +
        'each node inside a group got a member-of relationship to it',
    );
    readGraph(walk, nested, id);
  }
}

function readEdge(walk: Walk, edge: XmlElement): void {
  const { out } = walk;
  const { fields, graphics } = readData(edge, walk.keys.edge, out);
  for (const data of graphics) {
    const label = yedEdgeLabel(data);
    if (label !== null) {
      fields.push({ name: 'label', value: label, where: data.path });
      out.mapped.push('yEd edge labels (y:EdgeLabel) read as relationship labels');
    }
  }
  const directed = edge.attributes.get('directed');
  pushXmlEdge(out, edge, directed === undefined ? walk.edgeDefault : directed === 'true', fields);
}

function readGraph(walk: Walk, graph: XmlElement, group: string | null): void {
  for (const child of graph.children) {
    if (child.name === 'node') readNode(walk, child, group);
    else if (child.name === 'edge') readEdge(walk, child);
    else if (child.name === 'hyperedge') {
      walk.out.notUnderstood.push(
        `${child.path}: hyperedges (edges joining more than two nodes) were not imported`,
      );
    }
  }
}

function readGraphml(text: string, options: ImportOptions = {}): ImportResult {
  const fileName = options.fileName ?? 'file.graphml';
  const read = readXml(text, fileName);
  if (!read.ok) return read;
  const root = read.value;
  const out = emptyGraph({
    fieldNoun: 'Key',
    createMissingEnds: false,
    labelsAreIds: false,
    textValues: true,
    trustWeights: false,
  });
  const graph = childNamed(root, 'graph');
  if (root.name !== 'graphml' || !graph) {
    out.problems.push(
      problem(
        fileName,
        `This is not a GraphML file: its root element is <${root.name}>, not <graphml> with a <graph>.`,
      ),
    );
    return mapGraph(out, options);
  }
  const keys = readKeys(root);
  for (const field of readData(graph, keys.graph, out).fields) {
    const name = field.name.toLowerCase();
    if (name === 'name' || name === 'label') out.mapName = String(field.value);
    else if (name === 'description') out.mapDescription = String(field.value);
    else if (name === 'generator' && String(field.value).startsWith('Stakemap'))
      out.source.trustWeights = true;
  }
  const edgeDefault = (graph.attributes.get('edgedefault') ?? 'directed') !== 'undirected';
  readGraph({ keys, out, edgeDefault }, graph, null);
  return mapGraph(out, options);
}

/** Never throws: see guard.ts. */
export const importGraphml = guardImport(readGraphml);
