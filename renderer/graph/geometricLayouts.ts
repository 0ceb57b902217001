// Grid, circle, concentric and hierarchy: arithmetic on node order and degree. Cytoscape has all
// four, but in a worker its model alone takes 0.7–3.3 s of CPU to build at 5,000 nodes and 20,000
// edges on a two-core machine, where these loops take a few milliseconds.

import { degreesOf, NODE_SPACING, nodeCountOf, type LayoutGraph } from './layoutGraph';

/** Rows and columns as square as the node count allows, in node order. */
export function gridLayout(graph: LayoutGraph): Float64Array {
  const count = nodeCountOf(graph);
  const columns = Math.max(1, Math.ceil(Math.sqrt(count)));
  const positions = new Float64Array(count * 2);
  for (let i = 0; i < count; i += 1) {
    positions[i * 2] = (i % columns) * NODE_SPACING;
    positions[i * 2 + 1] = Math.floor(i / columns) * NODE_SPACING;
  }
  return positions;
}

/** One ring, wide enough that neighbours are a node's room apart. */
export function circleLayout(graph: LayoutGraph): Float64Array {
  const count = nodeCountOf(graph);
  const radius = count < 2 ? 0 : Math.max(NODE_SPACING, (count * NODE_SPACING) / (2 * Math.PI));
  const positions = new Float64Array(count * 2);
  placeOnRing(positions, 0, count, radius);
  return positions;
}

/**
 * The best-connected stakeholders in the middle, then rings outwards in order of degree, each
 * ring holding as many nodes as fit around it.
 */
export function concentricLayout(graph: LayoutGraph): Float64Array {
  const count = nodeCountOf(graph);
  const degrees = degreesOf(graph);
  const order = Array.from({ length: count }, (_, i) => i).sort(
    (a, b) => (degrees[b] ?? 0) - (degrees[a] ?? 0) || a - b,
  );
  const placed = new Float64Array(count * 2);
  let start = 0;
  for (let ring = 0; start < count; ring += 1) {
    const radius = ring * NODE_SPACING;
    const capacity = ring === 0 ? 1 : Math.floor((2 * Math.PI * radius) / NODE_SPACING);
    const size = Math.min(capacity, count - start);
    placeOnRing(placed, start, size, radius);
    start += size;
  }
  // placed is in degree order; hand it back in node order.
  const positions = new Float64Array(count * 2);
  order.forEach((node, rank) => {
    positions[node * 2] = placed[rank * 2] ?? 0;
    positions[node * 2 + 1] = placed[rank * 2 + 1] ?? 0;
  });
  return positions;
}

/**
 * Levels by breadth-first distance along the relationships' direction from the nodes nothing
 * points at. Most kinds point from a stakeholder to what it belongs to (member of, works for,
 * reports to, attends), so each level sits above the one before, as in an organisation chart.
 * A level wider than the map is square wraps onto further rows.
 */
export function hierarchyLayout(graph: LayoutGraph): Float64Array {
  const count = nodeCountOf(graph);
  const levels = breadthFirstLevels(graph);
  const rowWidth = Math.max(1, Math.ceil(Math.sqrt(count)));
  const positions = new Float64Array(count * 2);
  // Rows are laid from the bottom up: the first level at the bottom.
  let row = 0;
  for (const level of levels) {
    const rows = Math.ceil(level.length / rowWidth);
    level.forEach((node, i) => {
      const inRow = Math.min(rowWidth, level.length - Math.floor(i / rowWidth) * rowWidth);
      const column = i % rowWidth;
      positions[node * 2] = (column - (inRow - 1) / 2) * NODE_SPACING;
      positions[node * 2 + 1] = -(row + Math.floor(i / rowWidth)) * NODE_SPACING * 1.5;
    });
    row += rows;
  }
  return positions;
}

/** Nodes grouped by level; a cycle nothing enters starts from its best-connected node. */
function breadthFirstLevels(graph: LayoutGraph): number[][] {
  const count = nodeCountOf(graph);
  const outgoing: number[][] = Array.from({ length: count }, () => []);
  const incoming = new Uint32Array(count);
  for (let i = 0; i < graph.edges.length; i += 2) {
    const source = graph.edges[i] ?? 0;
    const target = graph.edges[i + 1] ?? 0;
    if (source === target) continue;
    outgoing[source]?.push(target);
    incoming[target] = (incoming[target] ?? 0) + 1;
  }
  const level = new Int32Array(count).fill(-1);
  const levels: number[][] = [];
  const visit = (roots: number[]) => {
    let frontier = roots;
    for (const root of roots) level[root] = 0;
    for (let depth = 0; frontier.length > 0; depth += 1) {
      const at = (levels[depth] ??= []);
      at.push(...frontier);
      const next: number[] = [];
      for (const node of frontier) {
        for (const target of outgoing[node] ?? []) {
          if (level[target] !== -1) continue;
          level[target] = depth + 1;
          next.push(target);
        }
      }
      frontier = next;
    }
  };
  visit(Array.from({ length: count }, (_, i) => i).filter((i) => incoming[i] === 0));
  const degrees = degreesOf(graph);
  const rest = Array.from({ length: count }, (_, i) => i)
    .filter((i) => level[i] === -1)
    .sort((a, b) => (degrees[b] ?? 0) - (degrees[a] ?? 0) || a - b);
  for (const node of rest) if (level[node] === -1) visit([node]);
  return levels;
}

function placeOnRing(positions: Float64Array, start: number, size: number, radius: number): void {
  for (let i = 0; i < size; i += 1) {
    const angle = (2 * Math.PI * i) / size - Math.PI / 2;
    positions[(start + i) * 2] = radius * Math.cos(angle);
    positions[(start + i) * 2 + 1] = radius * Math.sin(angle);
  }
}
