// The outline of each node shape as SVG, the same geometry Cytoscape's canvas renderer uses (its
// unit polygons stretched to the node's box). The legend's icons and the SVG export both draw
// from here, so a shape looks the same in the key, on the canvas and in an exported picture.

import type { KindShape } from './kindStyles';

export type ShapeOutline =
  | { tag: 'ellipse'; cx: number; cy: number; rx: number; ry: number }
  | { tag: 'rect'; x: number; y: number; width: number; height: number; rx: number }
  | { tag: 'polygon'; points: string };

/** Cytoscape's unit polygons: x and y from -1 to 1 across the node's width and height. */
const UNIT_POLYGONS: Record<'hexagon' | 'diamond' | 'tag' | 'triangle', readonly number[]> = {
  hexagon: [-1, 0, -0.5, -1, 0.5, -1, 1, 0, 0.5, 1, -0.5, 1],
  diamond: [0, -1, 1, 0, 0, 1, -1, 0],
  tag: [-1, -1, 0.25, -1, 1, 0, 0.25, 1, -1, 1],
  triangle: [0, -1, 1, 1, -1, 1],
};

const round = (value: number): number => Math.round(value * 100) / 100;

/** The outline of a shape centred on (cx, cy) filling a width × height box. */
export function shapeOutline(
  shape: KindShape,
  cx: number,
  cy: number,
  width: number,
  height: number,
): ShapeOutline {
  const halfW = width / 2;
  const halfH = height / 2;
  switch (shape) {
    case 'ellipse':
      return { tag: 'ellipse', cx: round(cx), cy: round(cy), rx: round(halfW), ry: round(halfH) };
    case 'round-rectangle':
      return {
        tag: 'rect',
        x: round(cx - halfW),
        y: round(cy - halfH),
        width: round(width),
        height: round(height),
        // Cytoscape's automatic corner radius.
        rx: round(Math.min(width / 4, height / 4, 8)),
      };
    default: {
      const unit = UNIT_POLYGONS[shape];
      const points: string[] = [];
      for (let i = 0; i + 1 < unit.length; i += 2) {
        points.push(
          `${round(cx + (unit[i] ?? 0) * halfW)},${round(cy + (unit[i + 1] ?? 0) * halfH)}`,
        );
      }
      return { tag: 'polygon', points: points.join(' ') };
    }
  }
}

const SHAPES: ReadonlySet<string> = new Set<KindShape>([
  'ellipse',
  'round-rectangle',
  'hexagon',
  'diamond',
  'tag',
  'triangle',
]);

export function isKindShape(value: string): value is KindShape {
  return SHAPES.has(value);
}
