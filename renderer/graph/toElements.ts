// Turns stored records into Cytoscape element definitions. Pure: no cytoscape instance, no DOM,
// so it is unit-tested in Node. What a node or edge shows on the canvas is decided here.
// Definitions are shared and never changed once made: a record that is the same object as last
// time (live queries keep unchanged records as they were) gets the same definition back, so an
// edit on a 5,000-node map builds one definition, not 25,000, and patchGraph can skip the rest.

import { relationshipKindLabel } from '@shared/domain/relationships';
import type { Position, Relationship, StakeNode } from '@shared/domain/types';
import type { NodeKind } from '@shared/domain/vocabulary';
import {
  colourScheme,
  DEFAULT_STYLE_CHOICE,
  isUnassessed,
  nodeSize,
  type StyleChoice,
} from './attributeStyles';
import { kindClass } from './kindStyles';

// Type aliases (not interfaces) so they satisfy Cytoscape's index-signature data types.
export type NodeElementData = {
  id: string;
  label: string;
  kind: NodeKind;
  /** The fill for the current "colour by"; the stylesheet maps it with data(colour). */
  colour: string;
  /** Width and height for the current "size by", mapped with data(size). */
  size: number;
};
export type EdgeElementData = {
  id: string;
  source: string;
  target: string;
  /** The stored kind, e.g. 'member-of' or a custom one. */
  kind: string;
  /** The kind as a user reads it, e.g. 'member of'. */
  kindLabel: string;
  /** What the edge reads as: the relationship's own label, else its kind ('member of'). */
  label: string;
  directed: boolean;
  strength: 1 | 2 | 3;
};

export interface NodeElement {
  group: 'nodes';
  data: NodeElementData;
  position: Position;
  classes: string[];
}

export interface EdgeElement {
  group: 'edges';
  data: EdgeElementData;
  classes: string[];
}

export interface GraphElements {
  nodes: NodeElement[];
  edges: EdgeElement[];
}

/** The class that gives an edge its arrow; undirected edges have none. */
export const DIRECTED_CLASS = 'directed';
/** The class of a node with no influence or interest score: drawn with a dashed outline. */
export const UNASSESSED_CLASS = 'unassessed';
/**
 * The class of an edge that shares its two nodes with another edge (either way round), or runs
 * from a node to itself: only these need curves to stay apart (graphStyle.ts).
 */
export const PARALLEL_CLASS = 'parallel';

const madeForNode = new WeakMap<StakeNode, NodeElement>();
const madeForRelationship = new WeakMap<Relationship, EdgeElement>();

/** The definition made for this record before if it still `fits`, else a new one from `make`. */
function reuse<R extends object, E>(
  made: WeakMap<R, E>,
  record: R,
  fits: (element: E) => boolean,
  make: () => E,
): E {
  const before = made.get(record);
  if (before !== undefined && fits(before)) return before;
  const element = make();
  made.set(record, element);
  return element;
}

export function toNodeElement(
  node: StakeNode,
  look: { colour: string; size: number },
): NodeElement {
  const classes = [kindClass(node.kind)];
  if (isUnassessed(node)) classes.push(UNASSESSED_CLASS);
  return {
    group: 'nodes',
    data: { id: node.id, label: node.label, kind: node.kind, ...look },
    position: { x: node.position.x, y: node.position.y },
    classes,
  };
}

export function toEdgeElement(rel: Relationship, parallel = false): EdgeElement {
  const kindLabel = relationshipKindLabel(rel.kind);
  const classes: string[] = [];
  if (rel.directed) classes.push(DIRECTED_CLASS);
  if (parallel) classes.push(PARALLEL_CLASS);
  return {
    group: 'edges',
    data: {
      id: rel.id,
      source: rel.sourceId,
      target: rel.targetId,
      kind: rel.kind,
      kindLabel,
      label: rel.label.trim() === '' ? kindLabel : rel.label,
      directed: rel.directed,
      strength: rel.strength,
    },
    classes,
  };
}

/**
 * Edges whose ends are not among the nodes are left out: Cytoscape refuses to add them, and a
 * live query can briefly deliver a relationship before (or after) the node it touches. Colours
 * and sizes follow the style choice, so changing it is a data patch, never a rebuild.
 */
export function toElements(
  nodes: readonly StakeNode[],
  relationships: readonly Relationship[],
  choice: StyleChoice = DEFAULT_STYLE_CHOICE,
): GraphElements {
  const scheme = colourScheme(nodes, choice.colourBy);
  return {
    nodes: nodes.map((node) => {
      const look = { colour: scheme.colourOf(node), size: nodeSize(node, choice.sizeBy) };
      return reuse(
        madeForNode,
        node,
        ({ data }) => data.colour === look.colour && data.size === look.size,
        () => toNodeElement(node, look),
      );
    }),
    edges: edgesFor(nodes, relationships),
  };
}

/**
 * The edges made last from this list of relationships, and the node ids they were made against.
 * An edit of a node gives a new list of nodes but the same relationships and the same ids: the
 * edges are the ones made before (at 20,000 relationships, most of an edit's toElements).
 */
const edgesMadeFor = new WeakMap<
  readonly Relationship[],
  { nodeIds: readonly string[]; edges: EdgeElement[] }
>();

function edgesFor(nodes: readonly StakeNode[], relationships: readonly Relationship[]) {
  const before = edgesMadeFor.get(relationships);
  const sameNodeIds =
    before !== undefined &&
    before.nodeIds.length === nodes.length &&
    nodes.every((node, index) => before.nodeIds[index] === node.id);
  if (sameNodeIds) return before.edges;
  const nodeIds = nodes.map((node) => node.id);
  const edges = makeEdges(new Set(nodeIds), relationships);
  edgesMadeFor.set(relationships, { nodeIds, edges });
  return edges;
}

function makeEdges(nodeIds: ReadonlySet<string>, relationships: readonly Relationship[]) {
  const drawable = relationships.filter(
    (rel) => nodeIds.has(rel.sourceId) && nodeIds.has(rel.targetId),
  );
  const edgesPerPair = countPerPair(drawable);
  return drawable.map((rel) => {
    const parallel = rel.sourceId === rel.targetId || edgesPerPair(rel) > 1;
    return reuse(
      madeForRelationship,
      rel,
      ({ classes }) => classes.includes(PARALLEL_CLASS) === parallel,
      () => toEdgeElement(rel, parallel),
    );
  });
}

/** How many of the relationships join the same two nodes as each one, either way round. */
function countPerPair(relationships: readonly Relationship[]): (rel: Relationship) => number {
  // Nested maps rather than a joined key: ids may hold any character, and no string is built.
  const counts = new Map<string, Map<string, number>>();
  const ends = (rel: Relationship): [string, string] =>
    rel.sourceId < rel.targetId ? [rel.sourceId, rel.targetId] : [rel.targetId, rel.sourceId];
  for (const rel of relationships) {
    const [low, high] = ends(rel);
    const row = counts.get(low) ?? new Map<string, number>();
    counts.set(low, row);
    row.set(high, (row.get(high) ?? 0) + 1);
  }
  return (rel) => {
    const [low, high] = ends(rel);
    return counts.get(low)?.get(high) ?? 0;
  };
}

/**
 * A copy of a definition for Cytoscape to keep: it takes the data and position objects it is given
 * as its own and changes them (an edit, a drag), and the definitions are shared.
 */
export function ownCopy<T extends NodeElement | EdgeElement>(def: T): T {
  return 'position' in def
    ? { ...def, data: { ...def.data }, position: { ...def.position }, classes: [...def.classes] }
    : { ...def, data: { ...def.data }, classes: [...def.classes] };
}
