// Turns stored records into Cytoscape element definitions. Pure: no cytoscape instance, no DOM,
// so it is unit-tested in Node. What a node or edge shows on the canvas is decided here.

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
  const nodeIds = new Set(nodes.map((node) => node.id));
  const scheme = colourScheme(nodes, choice.colourBy);
  const drawable = relationships.filter(
    (rel) => nodeIds.has(rel.sourceId) && nodeIds.has(rel.targetId),
  );
  const edgesPerPair = countPerPair(drawable);
  return {
    nodes: nodes.map((node) =>
      toNodeElement(node, { colour: scheme.colourOf(node), size: nodeSize(node, choice.sizeBy) }),
    ),
    edges: drawable.map((rel) =>
      toEdgeElement(
        rel,
        rel.sourceId === rel.targetId || (edgesPerPair.get(pairKey(rel)) ?? 0) > 1,
      ),
    ),
  };
}

/** The same for A → B and B → A. JSON keeps ids with any characters apart. */
function pairKey(rel: Relationship): string {
  return JSON.stringify(
    rel.sourceId < rel.targetId ? [rel.sourceId, rel.targetId] : [rel.targetId, rel.sourceId],
  );
}

function countPerPair(relationships: readonly Relationship[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const rel of relationships) {
    const key = pairKey(rel);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
