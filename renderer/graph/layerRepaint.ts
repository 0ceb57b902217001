// Cytoscape keeps the whole map drawn on one cached bitmap (its "layer"), and on a still map each
// frame only copies that bitmap to the screen. But any change to any element (a label edited, a
// node selected, a colour changed) throws the whole bitmap away: the next frames draw every element
// one by one, and the bitmap is drawn again later. At 5,000 nodes and 20,000 edges, seen whole,
// the frame after an edit took about 300 ms; repainted in place it takes about 25 ms.
//
// This repaints the cached bitmap in place instead, when few elements changed: for each, the area
// it covered when last drawn and the area it covers now are cleared, and every element that
// reaches into those areas is drawn again there, in the bitmap's drawing order, clipped to them.
// Whenever that cannot be done exactly (many elements changed, an element left the bitmap's
// bounds, the bitmap is still being drawn or about to be replaced, an element was removed), the
// change goes to Cytoscape as before. Like dragLayerRedraw.ts it reaches into the renderer (see
// layerCache.ts).

import type { CollectionArgument, Core, SingularElementArgument } from 'cytoscape';
import { isLayeredTextureCache, layerCacheOf, type Box, type CachedLayer } from './layerCache';
import { edgeMayReach, overlaps, type EdgeShape } from './edgeReach';

/**
 * More changed elements than this and the change goes to Cytoscape, which draws everything again:
 * a filter dimming half the map gains nothing from being repainted piece by piece.
 */
const MAX_REPAINTED = 200;

/** Layer pixels cleared beyond an element's box, so no antialiased fringe of it is left. */
const FRINGE_PX = 2;

/** The layers, one per zoom level, that hold an element (Cytoscape's record on the element). */
function layersHolding(ele: SingularElementArgument): CachedLayer[] {
  const scratch: unknown = Reflect.get(Reflect.get(ele, '_private') ?? {}, 'rscratch');
  const caches: unknown =
    typeof scratch === 'object' && scratch !== null
      ? Reflect.get(scratch, 'imgLayerCaches')
      : undefined;
  if (typeof caches !== 'object' || caches === null) return [];
  return Object.values(caches).filter(
    (layer): layer is CachedLayer => typeof layer === 'object' && layer !== null,
  );
}

/** How an element looked when drawn on a layer: where, in which style, along which path. */
interface Drawing {
  box: Box;
  /** Cytoscape's hash of the element's whole style, label text included. */
  styleKey: unknown;
  /** An edge's path points; empty for a node. */
  points: number[];
}

function drawingOf(ele: SingularElementArgument): Drawing {
  const internals: unknown = Reflect.get(ele, '_private') ?? {};
  const scratch: unknown = Reflect.get(internals as object, 'rscratch') ?? {};
  const points: unknown = ele.isEdge() ? Reflect.get(scratch as object, 'allpts') : undefined;
  return {
    box: copyBox(ele.boundingBox()),
    styleKey: Reflect.get(internals as object, 'styleKey'),
    points: Array.isArray(points) ? [...(points as number[])] : [],
  };
}

function sameDrawing(a: Drawing, b: Drawing): boolean {
  const { box: p, points } = a;
  const { box: q } = b;
  return (
    a.styleKey === b.styleKey &&
    p.x1 === q.x1 &&
    p.y1 === q.y1 &&
    p.x2 === q.x2 &&
    p.y2 === q.y2 &&
    points.length === b.points.length &&
    points.every((value, index) => value === b.points[index])
  );
}

function copyBox({ x1, y1, x2, y2 }: Box): Box {
  return { x1, y1, x2, y2 };
}

function contains(outer: Box, inner: Box): boolean {
  return (
    inner.x1 >= outer.x1 && inner.x2 <= outer.x2 && inner.y1 >= outer.y1 && inner.y2 <= outer.y2
  );
}

/** A box widened to whole pixels of the layer's bitmap, plus a fringe, so clearing leaves no trace. */
function onLayerPixels(box: Box, layer: CachedLayer): Box {
  const scale = 2 ** layer.level;
  const toPixel = (value: number, origin: number) => (value - origin) * scale;
  const toModel = (pixel: number, origin: number) => pixel / scale + origin;
  return {
    x1: toModel(Math.floor(toPixel(box.x1, layer.bb.x1)) - FRINGE_PX, layer.bb.x1),
    y1: toModel(Math.floor(toPixel(box.y1, layer.bb.y1)) - FRINGE_PX, layer.bb.y1),
    x2: toModel(Math.ceil(toPixel(box.x2, layer.bb.x1)) + FRINGE_PX, layer.bb.x1),
    y2: toModel(Math.ceil(toPixel(box.y2, layer.bb.y1)) + FRINGE_PX, layer.bb.y1),
  };
}

/** An edge's path as Cytoscape last computed it (its rscratch), for edgeMayReach. */
function shapeOf(edge: SingularElementArgument, box: Box): EdgeShape {
  const internals: unknown = Reflect.get(edge, '_private');
  const scratch: unknown = Reflect.get(internals ?? {}, 'rscratch') ?? {};
  const labelBounds: unknown = Reflect.get(internals ?? {}, 'labelBounds');
  const edgeType: unknown = Reflect.get(scratch as object, 'edgeType');
  const points: unknown = Reflect.get(scratch as object, 'allpts');
  const labelBox: unknown = labelBounds ? Reflect.get(labelBounds as object, 'all') : null;
  return {
    edgeType: typeof edgeType === 'string' ? edgeType : '',
    points: Array.isArray(points) ? (points as number[]) : [],
    width: Number(edge.numericStyle('width')) || 0,
    labelBox: labelBox && typeof labelBox === 'object' ? (labelBox as Box) : null,
    box,
  };
}

/** `cache` is Cytoscape's own unless a test gives another. */
export function repaintChangedElementsInPlace(cy: Core, cache: unknown = layerCacheOf(cy)): void {
  if (!isLayeredTextureCache(cache)) return;
  const invalidate = cache.invalidateElements.bind(cache);
  const getLayers = cache.getLayers.bind(cache);
  const drawEleInLayer = cache.drawEleInLayer.bind(cache);

  // Where each element was when it was last drawn on the layer of each level.
  const drawnAt = new WeakMap<SingularElementArgument, Map<number, Drawing>>();
  const changed = new Set<SingularElementArgument>();

  cache.drawEleInLayer = (layer, ele, level, pxRatio) => {
    drawEleInLayer(layer, ele, level, pxRatio);
    let drawings = drawnAt.get(ele);
    if (!drawings) drawnAt.set(ele, (drawings = new Map()));
    drawings.set(layer.level, drawingOf(ele));
  };

  const giveToCytoscape = (eles: Iterable<SingularElementArgument>) => {
    // Copied before clearing: `eles` may be the set of changes itself.
    const all = [...eles];
    changed.clear();
    // Cytoscape takes an array of its elements here; its types only name definitions.
    invalidate(cy.collection(all as unknown as CollectionArgument));
  };

  // Cytoscape calls this while it works out what changed, before it has measured the elements
  // again; the repaint waits until it asks for the layers to draw, when they are measured.
  cache.invalidateElements = (eles) => {
    if (eles.length === 0) return;
    if (changed.size + eles.length > MAX_REPAINTED) {
      giveToCytoscape([...changed, ...eles.toArray()]);
      return;
    }
    eles.forEach((ele) => void changed.add(ele));
  };

  /** The areas to repaint on each layer, or null where only Cytoscape's way is exact. */
  const areasToRepaint = (): Map<CachedLayer, Box[]> | null => {
    const areas = new Map<CachedLayer, Box[]>();
    for (const ele of changed) {
      if (ele.removed()) return null;
      for (const layer of layersHolding(ele)) {
        if (layer.invalid) continue;
        if (layer.replacement || layer.reqs > 0) return null;
        const before = drawnAt.get(ele)?.get(layer.level);
        const now = drawingOf(ele);
        if (!before || !contains(layer.bb, now.box)) return null;
        // Cytoscape names a changed node's edges too, though a new label or colour leaves them
        // as they were; a long edge's box would make a large area to repaint for nothing.
        if (sameDrawing(before, now)) continue;
        const list = areas.get(layer) ?? [];
        list.push(onLayerPixels(before.box, layer), onLayerPixels(now.box, layer));
        areas.set(layer, list);
      }
    }
    return areas;
  };

  const repaint = (layer: CachedLayer, areas: readonly Box[], pxRatio: number) => {
    const { context } = layer;
    context.save();
    context.beginPath();
    for (const area of areas) context.rect(area.x1, area.y1, area.x2 - area.x1, area.y2 - area.y1);
    context.clip();
    for (const area of areas)
      context.clearRect(area.x1, area.y1, area.x2 - area.x1, area.y2 - area.y1);
    for (const ele of layer.eles) {
      const isChanged = changed.has(ele);
      const box = isChanged
        ? ele.boundingBox()
        : (drawnAt.get(ele)?.get(layer.level)?.box ?? ele.boundingBox());
      const reaches = (area: Box) =>
        overlaps(area, box) &&
        (isChanged || !ele.isEdge() || edgeMayReach(shapeOf(ele, box), area));
      if (areas.some(reaches)) cache.drawEleInLayer(layer, ele, layer.level, pxRatio);
    }
    context.restore();
  };

  cache.getLayers = (eles, pxRatio, level) => {
    if (changed.size > 0) {
      const areas = areasToRepaint();
      if (areas === null) giveToCytoscape(changed);
      else {
        areas.forEach((boxes, layer) => repaint(layer, boxes, pxRatio));
        changed.clear();
      }
    }
    return getLayers(eles, pxRatio, level);
  };
}
