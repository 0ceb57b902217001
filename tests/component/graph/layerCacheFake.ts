// A stand-in for Cytoscape's layered texture cache (renderer internals, which need a real 2D
// canvas): it records what it is asked, and its one layer records what is cleared on it. The
// browser suite checks the real one's pixels (canvasRepaint.e2e.test.ts).

import type { Collection, SingularElementArgument } from 'cytoscape';
import type { Box, CachedLayer } from '../../../renderer/graph/layerCache';

/** A layer's 2D context, reduced to the calls a repaint makes, each written down. */
export function recordingContext(calls: string[]): CanvasRenderingContext2D {
  const record =
    (name: string) =>
    (...args: number[]) =>
      void calls.push(
        args.length > 0 ? `${name} ${args.map((n) => Math.round(n)).join(',')}` : name,
      );
  return {
    save: record('save'),
    restore: record('restore'),
    beginPath: record('beginPath'),
    rect: record('rect'),
    clip: record('clip'),
    clearRect: record('clearRect'),
  } as unknown as CanvasRenderingContext2D;
}

export class FakeLayerCache {
  layersByLevel: Record<number, CachedLayer[] | undefined> = {};
  skipping = false;
  /** Element ids of each invalidation that reached "Cytoscape". */
  invalidated: string[][] = [];
  /** Element ids drawn on a layer, in order. */
  drawn: string[] = [];
  getLayersCalls = 0;
  /** What getLayers answers. */
  answer: CachedLayer[] | null = null;

  invalidateElements(eles: Collection): void {
    this.invalidated.push(eles.map((ele) => ele.id()));
  }

  getLayers(_eles: Collection, _pxRatio: number, _level?: number): CachedLayer[] | null {
    this.getLayersCalls += 1;
    return this.answer;
  }

  drawEleInLayer(
    _layer: CachedLayer,
    ele: SingularElementArgument,
    _level: number,
    _pxRatio: number,
  ): void {
    this.drawn.push(ele.id());
  }
}

/** A layer of level 0 over `bb` holding `eles`, recorded on them as Cytoscape records it. */
export function layerOf(eles: SingularElementArgument[], bb: Box, calls: string[]): CachedLayer {
  const layer: CachedLayer = { bb, level: 0, context: recordingContext(calls), eles, reqs: 0 };
  for (const ele of eles) {
    const scratch = Reflect.get(Reflect.get(ele, '_private'), 'rscratch') as object;
    Reflect.set(scratch, 'imgLayerCaches', { 0: layer });
  }
  return layer;
}
