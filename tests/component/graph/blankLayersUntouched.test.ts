// A canvas's drag and selection layers are not cleared while nothing was ever drawn on them and
// nothing is to be, and are readied once the page is idle (blankLayersUntouched.ts). Cytoscape's
// canvas renderer needs a real 2D canvas, so a stand-in renderer takes its place here, clearing
// each layer marked for redrawing as Cytoscape's does; the browser suite checks the real one.

import type { Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { leaveBlankLayersUntouched } from '../../../renderer/graph/blankLayersUntouched';
import { headlessCy } from './headlessCy';

const SELECT_BOX = 0;
const DRAG = 1;
const NODE = 2;
const LAYER_NAMES = ['selection box', 'drag', 'map'];

/**
 * A renderer with Cytoscape's three layers, recording which it clears, in order. Like Cytoscape's,
 * its first frame sizes the canvases and asks for the map and drag layers again as it starts.
 */
function standInRenderer() {
  const cleared: string[] = [];
  const contexts = LAYER_NAMES.map((name) => ({
    canvas: { width: 640, height: 480 },
    setTransform: () => undefined,
    clearRect: () => cleared.push(name),
  }));
  const renderer = {
    SELECT_BOX,
    DRAG,
    NODE,
    data: {
      canvasNeedsRedraw: [false, false, false],
      contexts,
      bgActivePosistion: undefined as unknown,
    },
    hoverData: { selecting: false },
    touchData: { selecting: false },
    dragged: [] as string[],
    sized: false,
    getCachedZSortedEles() {
      return { drag: renderer.dragged };
    },
    redrawHint(group: string, redraw: boolean) {
      const layer = { select: SELECT_BOX, drag: DRAG, eles: NODE }[group];
      if (layer !== undefined) renderer.data.canvasNeedsRedraw[layer] = redraw;
    },
    render(options?: { forcedContext?: unknown }) {
      if (!renderer.sized) {
        renderer.sized = true;
        renderer.redrawHint('eles', true);
        renderer.redrawHint('drag', true);
      }
      const needDraw = renderer.data.canvasNeedsRedraw;
      contexts.forEach((context, layer) => {
        if (options?.forcedContext === undefined && !needDraw[layer]) return;
        context.clearRect();
        needDraw[layer] = false;
      });
    },
    /** Asks for every layer to be redrawn, as Cytoscape does after almost any change. */
    redrawAll() {
      ['select', 'drag', 'eles'].forEach((group) => renderer.redrawHint(group, true));
    },
  };
  return { renderer, cleared };
}

let cy: Core;

beforeEach(() => {
  cy = headlessCy();
  // jsdom has no idle callbacks: whenIdle waits for a frame and timers, which fake timers run.
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  if (!cy.destroyed()) cy.destroy();
});

describe('leaveBlankLayersUntouched', () => {
  it('draws only the map layer in the first frame, and readies the others when idle', () => {
    const { renderer, cleared } = standInRenderer();

    expect(leaveBlankLayersUntouched(cy, renderer)).toBe(true);
    renderer.redrawAll();
    renderer.render();

    expect(cleared).toEqual(['map']);
    vi.runAllTimers();
    expect(cleared).toEqual(['map', 'drag', 'selection box']);
    // Readied, they are cleared as Cytoscape clears them.
    cleared.length = 0;
    renderer.redrawAll();
    renderer.render();
    expect(cleared).toEqual(['selection box', 'drag', 'map']);
  });

  it('draws a layer at once when it has something to show', () => {
    const { renderer, cleared } = standInRenderer();
    leaveBlankLayersUntouched(cy, renderer);
    renderer.redrawAll();
    renderer.render();

    renderer.dragged = ['ada'];
    renderer.redrawAll();
    renderer.render();
    expect(cleared).toEqual(['map', 'drag', 'map']);

    renderer.hoverData.selecting = true;
    renderer.redrawAll();
    renderer.render();
    expect(cleared.slice(3)).toEqual(['selection box', 'drag', 'map']);
  });

  it('leaves a picture drawn for an export as Cytoscape draws it', () => {
    const { renderer, cleared } = standInRenderer();
    leaveBlankLayersUntouched(cy, renderer);

    renderer.render({ forcedContext: {} });

    expect(cleared).toEqual(['selection box', 'drag', 'map']);
  });

  it('readies nothing for a canvas closed before the page was idle', () => {
    const { renderer, cleared } = standInRenderer();
    leaveBlankLayersUntouched(cy, renderer);
    renderer.redrawAll();
    renderer.render();

    cy.destroy();
    vi.runAllTimers();

    expect(cleared).toEqual(['map']);
  });

  it('changes nothing without the parts it needs (a headless canvas has no renderer)', () => {
    const { renderer } = standInRenderer();
    const withoutContexts = { ...renderer, data: { canvasNeedsRedraw: [true] } };

    expect(leaveBlankLayersUntouched(cy, withoutContexts)).toBe(false);
    expect(withoutContexts.render).toBe(renderer.render);
    expect(leaveBlankLayersUntouched(cy, {})).toBe(false);
    expect(leaveBlankLayersUntouched(cy)).toBe(false);
  });
});
