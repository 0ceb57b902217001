// The parts of Cytoscape's canvas renderer that keep the map drawn on cached bitmaps ("layers"),
// as layerRepaint.ts and layersTooLarge.ts reach them. They are internal, not public API: every
// user checks for them first and changes nothing where they are missing.

import type { Collection, Core, SingularElementArgument } from 'cytoscape';

/** An axis-aligned box in model coordinates, as Cytoscape's boundingBox() gives it. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** One of Cytoscape's cached bitmaps: the elements drawn on it, at a scale of 2^level. */
export interface CachedLayer {
  bb: Box;
  level: number;
  context: CanvasRenderingContext2D;
  eles: SingularElementArgument[];
  /** Thrown away; a valid layer takes its place when needed. */
  invalid?: boolean;
  /** A sharper copy being drawn over several frames, which will replace this one. */
  replacement?: unknown;
  /** Elements still queued to be drawn on it. */
  reqs: number;
}

/** Cytoscape's layered texture cache: the layers of each zoom level and how they are made. */
export interface LayeredTextureCache {
  layersByLevel: Record<number, CachedLayer[] | undefined>;
  /** True for a moment after any change, while Cytoscape draws without layers. */
  skipping: boolean;
  invalidateElements(eles: Collection): void;
  getLayers(eles: Collection, pxRatio: number, level?: number): CachedLayer[] | null;
  drawEleInLayer(
    layer: CachedLayer,
    ele: SingularElementArgument,
    level: number,
    pxRatio: number,
  ): void;
}

export function isLayeredTextureCache(value: unknown): value is LayeredTextureCache {
  if (typeof value !== 'object' || value === null) return false;
  const methods = ['invalidateElements', 'getLayers', 'drawEleInLayer'];
  return (
    methods.every((name) => typeof Reflect.get(value, name) === 'function') &&
    typeof Reflect.get(value, 'layersByLevel') === 'object' &&
    typeof Reflect.get(value, 'skipping') === 'boolean'
  );
}

/** The layered texture cache of a cy's canvas renderer, if it has one. */
export function layerCacheOf(cy: Core): unknown {
  const renderer = (cy as unknown as { renderer?(): unknown }).renderer?.();
  const data: unknown =
    typeof renderer === 'object' && renderer !== null ? Reflect.get(renderer, 'data') : undefined;
  return typeof data === 'object' && data !== null ? Reflect.get(data, 'lyrTxrCache') : undefined;
}
