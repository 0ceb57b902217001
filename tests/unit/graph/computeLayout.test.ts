// The layout worker's core, run directly in Node: every layout gives every node a finite place of
// its own, the same map gets the same layout, and each layout keeps the promise of its name.

import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../renderer/graph/computeLayout';
import { forceIterations } from '../../../renderer/graph/forceLayout';
import { LAYOUTS, unavailableReason } from '../../../renderer/graph/layoutCatalogue';
import type { LayoutGraph } from '../../../renderer/graph/layoutGraph';

/** A hub linked to four others, the five laid out in a row. */
function aStar(): LayoutGraph {
  return {
    positions: Float64Array.from([0, 0, 10, 0, 20, 0, 30, 0, 40, 0]),
    edges: Uint32Array.from([0, 1, 0, 2, 0, 3, 0, 4]),
  };
}

/** Two tight groups of six joined by one edge, every node starting on one spot. */
function twoClusters(): LayoutGraph {
  const edges: number[] = [];
  for (const offset of [0, 6]) {
    for (let a = 0; a < 6; a += 1) {
      for (let b = a + 1; b < 6; b += 1) edges.push(offset + a, offset + b);
    }
  }
  edges.push(0, 6);
  return { positions: new Float64Array(24), edges: Uint32Array.from(edges) };
}

const point = (positions: Float64Array, i: number) => ({
  x: positions[i * 2] ?? NaN,
  y: positions[i * 2 + 1] ?? NaN,
});
const distance = (positions: Float64Array, a: number, b: number) =>
  Math.hypot(
    point(positions, a).x - point(positions, b).x,
    point(positions, a).y - point(positions, b).y,
  );

describe('computeLayout', () => {
  it.each(LAYOUTS.map((layout) => layout.name))(
    '%s gives every node a finite place of its own, different from before',
    (name) => {
      const graph = aStar();
      const positions = computeLayout(name, graph);

      expect(positions).toHaveLength(10);
      expect([...positions].every(Number.isFinite)).toBe(true);
      const places = new Set([0, 1, 2, 3, 4].map((i) => JSON.stringify(point(positions, i))));
      expect(places.size).toBe(5);
      expect([...positions]).not.toEqual([...graph.positions]);
    },
  );

  it.each(LAYOUTS.map((layout) => layout.name))('%s lays out the same map the same way', (name) => {
    expect([...computeLayout(name, twoClusters())]).toEqual([
      ...computeLayout(name, twoClusters()),
    ]);
  });

  it('force-directed pulls each group together and the two groups apart, from a pile', () => {
    const positions = computeLayout('force', twoClusters());

    const within = distance(positions, 1, 2) + distance(positions, 7, 8);
    const across = distance(positions, 1, 7) + distance(positions, 2, 8);
    expect(across).toBeGreaterThan(within * 1.5);
  });

  it('reports force-directed progress rising to the end', () => {
    const seen: number[] = [];
    computeLayout('force', twoClusters(), (fraction) => seen.push(fraction));

    expect(seen.length).toBeGreaterThan(5);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(1);
  });

  it('puts the best-connected node in the middle of the concentric layout', () => {
    const positions = computeLayout('concentric', aStar());

    const centre = { x: 0, y: 0 };
    for (let i = 0; i < 5; i += 1) {
      centre.x += point(positions, i).x / 5;
      centre.y += point(positions, i).y / 5;
    }
    expect(point(positions, 0).x).toBeCloseTo(centre.x);
    expect(point(positions, 0).y).toBeCloseTo(centre.y);
  });

  it('draws the hierarchy like an organisation chart: what a node belongs to sits above it', () => {
    // officer works for council, council is a member of network.
    const positions = computeLayout('hierarchy', {
      positions: new Float64Array(6),
      edges: Uint32Array.from([0, 1, 1, 2]),
    });

    expect(point(positions, 2).y).toBeLessThan(point(positions, 1).y);
    expect(point(positions, 1).y).toBeLessThan(point(positions, 0).y);
  });

  it('places a cycle that nothing points into in the hierarchy too', () => {
    const positions = computeLayout('hierarchy', {
      positions: new Float64Array(6),
      edges: Uint32Array.from([0, 1, 1, 2, 2, 0]),
    });

    expect(new Set([0, 1, 2].map((i) => point(positions, i).y)).size).toBe(3);
  });

  it('keeps the grid square and the nodes a node apart', () => {
    const positions = computeLayout('grid', {
      positions: new Float64Array(18),
      edges: new Uint32Array(),
    });

    const xs = new Set([...Array(9).keys()].map((i) => point(positions, i).x));
    const ys = new Set([...Array(9).keys()].map((i) => point(positions, i).y));
    expect(xs.size).toBe(3);
    expect(ys.size).toBe(3);
  });

  it('runs fewer force iterations on bigger maps, never too few to settle', () => {
    expect(forceIterations(300)).toBe(forceIterations(1000));
    expect(forceIterations(5000)).toBeLessThan(forceIterations(1000));
    expect(forceIterations(1_000_000)).toBeGreaterThanOrEqual(60);
  });
});

describe('which layouts are offered', () => {
  it('offers every layout on a map of a thousand nodes', () => {
    expect(LAYOUTS.map((layout) => unavailableReason(layout, 1000))).toEqual(
      LAYOUTS.map(() => null),
    );
  });

  it('says why force-directed is not offered on a map too big for it', () => {
    const force = LAYOUTS.find((layout) => layout.name === 'force');
    if (!force?.maxNodes) throw new Error('force-directed has a size limit');

    expect(unavailableReason(force, force.maxNodes)).toBeNull();
    expect(unavailableReason(force, force.maxNodes + 1)).toMatch(/too slow above [\d,]+ nodes/);
  });
});
