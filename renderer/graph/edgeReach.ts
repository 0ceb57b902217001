// Whether an edge's drawing can reach into an area, more closely than its bounding box says. A long
// edge's box covers the whole rectangle between its ends, so on a dense map the box of one small
// area meets thousands of edges that pass nowhere near it; layerRepaint.ts would draw them all
// again for nothing. Geometry only, from the points Cytoscape computed for the edge.

import type { Box } from './layerCache';

/** Cytoscape's largest arrowhead is about 30 model units long; this covers it and line caps. */
const ARROW_REACH = 32;

/** Points sampled along each curved span: the chord strays from the curve by under 2 %. */
const SAMPLES_PER_CURVE = 8;

/** The kinds of edge path (Cytoscape's rscratch.edgeType) drawn as quadratic curves. */
const CURVED = new Set(['bezier', 'multibezier', 'self', 'compound']);

function grown(box: Box, by: number): Box {
  return { x1: box.x1 - by, y1: box.y1 - by, x2: box.x2 + by, y2: box.y2 + by };
}

/** Whether the segment from (ax, ay) to (bx, by) meets the box (Liang–Barsky clipping). */
export function segmentMeetsBox(ax: number, ay: number, bx: number, by: number, box: Box): boolean {
  const dx = bx - ax;
  const dy = by - ay;
  let enter = 0;
  let leave = 1;
  const edges: Array<[number, number]> = [
    [-dx, ax - box.x1],
    [dx, box.x2 - ax],
    [-dy, ay - box.y1],
    [dy, box.y2 - ay],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) enter = Math.max(enter, t);
    else leave = Math.min(leave, t);
    if (enter > leave) return false;
  }
  return true;
}

/**
 * The edge's path as a polyline: straight runs as they are, each quadratic span (start, control,
 * end) sampled along the curve. Null when the points are not usable.
 */
export function edgePolyline(edgeType: string, points: readonly number[]): number[] | null {
  if (
    points.length < 4 ||
    points.length % 2 !== 0 ||
    points.some((value) => !Number.isFinite(value))
  ) {
    return null;
  }
  if (!CURVED.has(edgeType)) return [...points];
  if ((points.length - 2) % 4 !== 0) return null;
  const line = [points[0] ?? 0, points[1] ?? 0];
  for (let start = 0; start + 5 < points.length; start += 4) {
    const [x0, y0, cx, cy, x1, y1] = points.slice(start, start + 6) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    for (let step = 1; step <= SAMPLES_PER_CURVE; step += 1) {
      const t = step / SAMPLES_PER_CURVE;
      const u = 1 - t;
      line.push(u * u * x0 + 2 * u * t * cx + t * t * x1, u * u * y0 + 2 * u * t * cy + t * t * y1);
    }
  }
  return line;
}

/** What of an edge's drawing this needs: its path, line width and label's box (if drawn). */
export interface EdgeShape {
  edgeType: string;
  points: readonly number[];
  width: number;
  labelBox: Box | null;
  /** The edge's bounding box, used when its path cannot be read. */
  box: Box;
}

export function edgeMayReach(edge: EdgeShape, area: Box): boolean {
  const { labelBox } = edge;
  if (labelBox && overlaps(labelBox, area)) return true;
  const line = edgePolyline(edge.edgeType, edge.points);
  if (line === null) return overlaps(edge.box, area);
  const reach = grown(area, edge.width + ARROW_REACH);
  for (let index = 0; index + 3 < line.length; index += 2) {
    const [ax, ay, bx, by] = line.slice(index, index + 4) as [number, number, number, number];
    if (segmentMeetsBox(ax, ay, bx, by, reach)) return true;
  }
  return false;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x1 <= b.x2 && b.x1 <= a.x2 && a.y1 <= b.y2 && b.y1 <= a.y2;
}
