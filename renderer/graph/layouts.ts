// The layouts a user can run on command, and how each maps onto a Cytoscape layout. Layouts
// never run as a side effect of rendering: only runLayout starts one.

import type {
  BaseLayoutOptions,
  BoundingBoxWH,
  Core,
  LayoutOptions,
  NodeCollection,
} from 'cytoscape';
import { movesOf, type NodeMove } from './nodeMoves';

export type LayoutName = 'force' | 'grid' | 'circle' | 'concentric' | 'hierarchy';

export const LAYOUTS: ReadonlyArray<{ name: LayoutName; label: string }> = [
  { name: 'force', label: 'Force-directed' },
  { name: 'grid', label: 'Grid' },
  { name: 'circle', label: 'Circle' },
  { name: 'concentric', label: 'Concentric' },
  { name: 'hierarchy', label: 'Hierarchy' },
];

/** The options of cytoscape-fcose that Stakemap sets (the package ships no types). */
interface FcoseLayoutOptions extends BaseLayoutOptions {
  name: 'fcose';
  quality: 'draft' | 'default' | 'proof';
  randomize: boolean;
  animate: boolean;
  fit: boolean;
  nodeDimensionsIncludeLabels: boolean;
  idealEdgeLength: number;
  nodeRepulsion: number;
}

/** Room each node gets; also keeps layouts independent of the window's size. */
const NODE_SPACING = 110;

export function layoutOptions(name: LayoutName, nodes: NodeCollection): LayoutOptions {
  const common = { animate: false, fit: false } as const;
  const boundingBox = boxFor(nodes.length);
  switch (name) {
    case 'force': {
      const force: FcoseLayoutOptions = {
        ...common,
        name: 'fcose',
        quality: 'default',
        // Start from where the user put things; only a pile of nodes on one spot needs shaking.
        randomize: !isSpreadOut(nodes),
        nodeDimensionsIncludeLabels: true,
        idealEdgeLength: NODE_SPACING,
        nodeRepulsion: 6000,
      };
      return force;
    }
    case 'grid':
      return { ...common, name: 'grid', boundingBox, avoidOverlap: true };
    case 'circle':
      return { ...common, name: 'circle', boundingBox, avoidOverlap: true };
    case 'concentric':
      return {
        ...common,
        name: 'concentric',
        boundingBox,
        avoidOverlap: true,
        // Room for the labels under the nodes.
        minNodeSpacing: 40,
        // The best-connected stakeholders sit in the middle.
        concentric: (node) => node.degree(false),
      };
    case 'hierarchy':
      return {
        ...common,
        name: 'breadthfirst',
        boundingBox,
        directed: true,
        // Most kinds point from a stakeholder to what it belongs to (member of, works for,
        // reports to, attends), so targets go on top, as in an organisation chart.
        direction: 'upward',
        avoidOverlap: true,
      };
  }
}

/**
 * Runs a layout and resolves with every node's new position once it stops. The layout is
 * synchronous when not animated, so the listener must be in place before run().
 */
export function runLayout(cy: Core, name: LayoutName): Promise<NodeMove[]> {
  const nodes = cy.nodes();
  if (nodes.empty()) return Promise.resolve([]);
  const layout = cy.layout(layoutOptions(name, nodes));
  const stopped = layout.promiseOn('layoutstop').then(() => movesOf(cy.nodes()));
  layout.run();
  return stopped;
}

function boxFor(count: number): BoundingBoxWH {
  const side = Math.max(3, Math.ceil(Math.sqrt(count))) * NODE_SPACING;
  return { x1: 0, y1: 0, w: side, h: side };
}

function isSpreadOut(nodes: NodeCollection): boolean {
  if (nodes.length < 2) return true;
  const first = nodes.first().position();
  return nodes.map((node) => node.position()).some(({ x, y }) => x !== first.x || y !== first.y);
}
