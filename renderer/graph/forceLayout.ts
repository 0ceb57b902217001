// The force-directed layout: ForceAtlas2 (graphology) with Barnes-Hut, for a number of iterations
// fixed by the map's size so that the same map always gets the same layout, whatever the machine.
// Measured on a two-core machine, fcose needed 22.5 s for 1,000 nodes; this needs about 1 s, and
// about 3 s for 5,000 nodes and 20,000 edges (see tests/bench/README.md, "Layouts").

import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { isSpreadOut, NODE_SPACING, nodeCountOf, type LayoutGraph } from './layoutGraph';

/** Enough iterations for clusters to form; fewer on big maps, whose iterations cost more. */
export function forceIterations(nodeCount: number): number {
  if (nodeCount <= 1000) return 300;
  return Math.max(60, Math.round(300 * Math.pow(1000 / nodeCount, 0.57)));
}

/** Progress is reported after each of this many slices of the iterations. */
const SLICES = 20;

export function forceLayout(
  graph: LayoutGraph,
  onProgress: (fraction: number) => void = () => {},
): Float64Array {
  const count = nodeCountOf(graph);
  if (count < 2) return graph.positions.slice();
  const model = toGraphology(graph);
  const iterations = forceIterations(count);
  const settings = {
    ...forceAtlas2.inferSettings(model),
    // Barnes-Hut from a few hundred nodes; a coarser theta than the default halves the cost of an
    // iteration at 5,000 nodes with no difference a reader can see.
    barnesHutOptimize: count > 250,
    barnesHutTheta: 1,
  };
  const slice = Math.ceil(iterations / SLICES);
  for (let done = 0; done < iterations; done += slice) {
    forceAtlas2.assign(model, { iterations: Math.min(slice, iterations - done), settings });
    onProgress(Math.min(1, (done + slice) / iterations));
  }
  return toSpacing(graph, model);
}

function toGraphology(graph: LayoutGraph): Graph {
  const count = nodeCountOf(graph);
  const model = new Graph({ multi: true, allowSelfLoops: false });
  const random = seededRandom(count);
  const start = isSpreadOut(graph) ? graph.positions : pileBreaker(count, random);
  for (let i = 0; i < count; i += 1) {
    // A little jitter: two nodes on exactly one spot push each other with an infinite force.
    model.addNode(i, {
      x: (start[i * 2] ?? 0) + random() - 0.5,
      y: (start[i * 2 + 1] ?? 0) + random() - 0.5,
    });
  }
  for (let i = 0; i < graph.edges.length; i += 2) {
    const source = graph.edges[i] ?? 0;
    const target = graph.edges[i + 1] ?? 0;
    if (source !== target) model.addEdge(source, target);
  }
  return model;
}

/** Nodes piled on one spot start scattered over a square of the map's final size. */
function pileBreaker(count: number, random: () => number): Float64Array {
  const side = Math.sqrt(count) * NODE_SPACING;
  return Float64Array.from({ length: count * 2 }, () => random() * side);
}

/**
 * ForceAtlas2 answers in its own units. Scale so the nodes are about as dense as in the grid
 * layout (one node's room each), around where the map was before, so the view barely jumps.
 */
function toSpacing(graph: LayoutGraph, model: Graph): Float64Array {
  const count = nodeCountOf(graph);
  const laid = new Float64Array(count * 2);
  model.forEachNode((key, attributes) => {
    const i = Number(key);
    laid[i * 2] = Number(attributes.x);
    laid[i * 2 + 1] = Number(attributes.y);
  });
  const [cx, cy] = centroid(laid);
  let squares = 0;
  for (let i = 0; i < count; i += 1) {
    squares += ((laid[i * 2] ?? 0) - cx) ** 2 + ((laid[i * 2 + 1] ?? 0) - cy) ** 2;
  }
  const rms = Math.sqrt(squares / count);
  // A uniform disc of n nodes, one node's room each, has this root-mean-square radius.
  const target = NODE_SPACING * Math.sqrt(count / Math.PI) * Math.SQRT1_2;
  const scale = rms > 0 ? target / rms : 1;
  const [ox, oy] = centroid(graph.positions);
  for (let i = 0; i < count; i += 1) {
    laid[i * 2] = ox + ((laid[i * 2] ?? 0) - cx) * scale;
    laid[i * 2 + 1] = oy + ((laid[i * 2 + 1] ?? 0) - cy) * scale;
  }
  return laid;
}

function centroid(positions: Float64Array): [number, number] {
  const count = positions.length / 2;
  let x = 0;
  let y = 0;
  for (let i = 0; i < count; i += 1) {
    x += positions[i * 2] ?? 0;
    y += positions[i * 2 + 1] ?? 0;
  }
  return count === 0 ? [0, 0] : [x / count, y / count];
}

/** mulberry32: the same jitter for the same map, so a layout can be repeated. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
