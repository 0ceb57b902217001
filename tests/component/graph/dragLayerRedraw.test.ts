// While nodes are dragged only Cytoscape's drag layer is redrawn for their moves
// (dragLayerRedraw.ts). Cytoscape's canvas renderer needs a real 2D canvas, so a recording
// stand-in takes its place here; the browser suite drags on the real one.

import type { Collection, Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { redrawOnlyDragLayerForDraggedElements } from '../../../renderer/graph/dragLayerRedraw';
import { headlessCy } from './headlessCy';

/** Records what the renderer is asked: notifications passed on, and layers marked for redrawing. */
class RecordingRenderer {
  notified: string[] = [];
  hints: string[] = [];
  redraws = 0;
  notify(eventName: string, eles?: Collection): void {
    this.notified.push(eles === undefined ? eventName : `${eventName} (${eles.length})`);
  }
  redrawHint(group: string): void {
    this.hints.push(group);
  }
  redraw(): void {
    this.redraws += 1;
  }
}

let cy: Core;
let renderer: RecordingRenderer;
/** The renderer's notify as Cytoscape calls it, once wrapped. */
let notify: (eventName: string, eles?: Collection) => void;

/** What Cytoscape's renderer does to a node the pointer starts dragging. */
function startDragging(id: string): void {
  const node = cy.$id(id);
  Reflect.set(Reflect.get(node, '_private'), 'grabbed', true);
  node.emit('grab');
  node.connectedEdges().forEach((edge) => {
    Reflect.set(Reflect.get(Reflect.get(edge, '_private'), 'rscratch'), 'inDragLayer', true);
  });
}

beforeEach(() => {
  cy = headlessCy();
  cy.add([
    { data: { id: 'a' } },
    { data: { id: 'b' } },
    { data: { id: 'c' } },
    { data: { id: 'ab', source: 'a', target: 'b' } },
  ]);
  renderer = new RecordingRenderer();
  redrawOnlyDragLayerForDraggedElements(cy, renderer);
  notify = (eventName, eles) => renderer.notify(eventName, eles);
});

afterEach(() => cy.destroy());

describe('redrawOnlyDragLayerForDraggedElements', () => {
  it('redraws only the drag layer when a dragged node and its edges move', () => {
    startDragging('a');

    notify('bounds', cy.$id('a').union(cy.$id('ab')));
    notify('position', cy.$id('a'));

    expect(renderer.hints).toEqual(['drag', 'drag']);
    expect(renderer.redraws).toBe(2);
    expect(renderer.notified).toEqual([]);
  });

  it('passes on, as before, a move of anything not dragged and every other kind of change', () => {
    startDragging('a');

    notify('bounds', cy.$id('a').union(cy.$id('c')));
    notify('position', cy.$id('b'));
    notify('style', cy.$id('a'));
    notify('bounds');

    expect(renderer.notified).toEqual(['bounds (2)', 'position (1)', 'style (1)', 'bounds']);
    expect(renderer.hints).toEqual([]);
  });

  it('passes every move on when nothing is dragged, or no longer', () => {
    notify('bounds', cy.$id('a'));
    startDragging('a');
    Reflect.set(Reflect.get(cy.$id('a'), '_private'), 'grabbed', false);
    cy.$id('a').emit('free');
    // What the renderer leaves behind on an edge at release is not looked at once nothing is held.
    notify('bounds', cy.$id('ab'));

    expect(renderer.notified).toEqual(['bounds (1)', 'bounds (1)']);
  });

  it('leaves a renderer that lacks the parts it needs as it is', () => {
    const headless = headlessCy();
    const rendererOf = (core: Core) =>
      (core as unknown as { renderer(): RecordingRenderer }).renderer();
    const before = rendererOf(headless).notify;

    expect(() => redrawOnlyDragLayerForDraggedElements(headless)).not.toThrow();
    expect(rendererOf(headless).notify).toBe(before);
    headless.destroy();
  });
});
