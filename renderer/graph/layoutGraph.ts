// The graph a layout works on, in the shape that crosses to the layout worker cheaply: positions
// and edge ends as typed arrays in node order. Node ids stay on the main thread; the order is
// the key that maps the worker's answer back onto them.

export interface LayoutGraph {
  /** x0, y0, x1, y1, … in node order. */
  positions: Float64Array;
  /** source0, target0, source1, target1, … as indexes into the node order. */
  edges: Uint32Array;
}

export function nodeCountOf(graph: LayoutGraph): number {
  return graph.positions.length / 2;
}

/** Room each node gets, label included; also keeps layouts independent of the window's size. */
export const NODE_SPACING = 110;

/** Degree of each node, self-loops left out (they say nothing about where a node belongs). */
export function degreesOf(graph: LayoutGraph): Uint32Array {
  const degrees = new Uint32Array(nodeCountOf(graph));
  for (let i = 0; i < graph.edges.length; i += 2) {
    const source = graph.edges[i] ?? 0;
    const target = graph.edges[i + 1] ?? 0;
    if (source === target) continue;
    degrees[source] = (degrees[source] ?? 0) + 1;
    degrees[target] = (degrees[target] ?? 0) + 1;
  }
  return degrees;
}

/** Whether the nodes are spread out, or piled on one spot (a fresh import, say). */
export function isSpreadOut(graph: LayoutGraph): boolean {
  const { positions } = graph;
  for (let i = 2; i < positions.length; i += 2) {
    if (positions[i] !== positions[0] || positions[i + 1] !== positions[1]) return true;
  }
  return positions.length <= 2;
}
