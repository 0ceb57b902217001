// Arrowheads are drawn only where they would be legible (legibleArrows.ts). Cytoscape's canvas
// renderer needs a real 2D canvas, so a recording stand-in takes its place here; the browser
// suite checks the real renderer.

import type { Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  MIN_ARROW_PX,
  arrowLegibleAt,
  drawArrowsOnlyWhereLegible,
  drawnScale,
} from '../../../renderer/graph/legibleArrows';
import { headlessCy } from './headlessCy';

/** Counts the arrowheads it is asked to draw. */
class RecordingRenderer {
  drawn = 0;
  drawArrowheads(_context: CanvasRenderingContext2D, _edge: unknown, _opacity?: number): void {
    this.drawn += 1;
  }
}

/** A 2D context as far as the check reads one: its transform, scaled and maybe rotated. */
function contextAt(scale: number, radians = 0): CanvasRenderingContext2D {
  const a = scale * Math.cos(radians);
  const b = scale * Math.sin(radians);
  return { getTransform: () => ({ a, b, c: -b, d: a, e: 40, f: 12 }) } as CanvasRenderingContext2D;
}

let cy: Core;
let renderer: RecordingRenderer;

beforeEach(() => {
  cy = headlessCy();
  renderer = new RecordingRenderer();
  drawArrowsOnlyWhereLegible(cy, renderer);
});

afterEach(() => cy.destroy());

describe('drawArrowsOnlyWhereLegible', () => {
  it('draws arrowheads at an ordinary zoom', () => {
    renderer.drawArrowheads(contextAt(1), {});
    renderer.drawArrowheads(contextAt(0.5), {});

    expect(renderer.drawn).toBe(2);
  });

  it('leaves arrowheads out at overview zoom, where they would be a few pixels across', () => {
    renderer.drawArrowheads(contextAt(0.1), {});
    renderer.drawArrowheads(contextAt(0.15), {});

    expect(renderer.drawn).toBe(0);
  });

  it('judges the canvas drawn on, so a picture exported at twice the scale keeps them', () => {
    // Zoom 0.15 on screen; the same view exported at scale 2 draws at 0.3.
    renderer.drawArrowheads(contextAt(0.15 * 2), {});

    expect(renderer.drawn).toBe(1);
  });

  it('draws them again on the same canvas once the view is zoomed in', () => {
    let scale = 0.1;
    const screen = {
      getTransform: () => ({ a: scale, b: 0, c: 0, d: scale, e: 0, f: 0 }),
    } as CanvasRenderingContext2D;
    cy.zoom(0.1);
    renderer.drawArrowheads(screen, {});
    expect(renderer.drawn).toBe(0);

    scale = 1;
    cy.zoom(1);
    renderer.drawArrowheads(screen, {});
    expect(renderer.drawn).toBe(1);
  });

  it('reads the scale from a rotated transform as well', () => {
    renderer.drawArrowheads(contextAt(1, Math.PI / 3), {});
    renderer.drawArrowheads(contextAt(0.1, Math.PI / 3), {});

    expect(renderer.drawn).toBe(1);
  });

  it('draws as before on a context whose transform it cannot read', () => {
    renderer.drawArrowheads({} as CanvasRenderingContext2D, {});

    expect(renderer.drawn).toBe(1);
  });

  it('changes nothing on a renderer without the part it needs', () => {
    const headless = headlessCy();
    const other = { draw: () => 'unchanged' };

    expect(() => drawArrowsOnlyWhereLegible(headless)).not.toThrow();
    drawArrowsOnlyWhereLegible(headless, other);
    expect(other.draw()).toBe('unchanged');
    expect(Object.keys(other)).toEqual(['draw']);
    headless.destroy();
  });
});

describe('arrowLegibleAt', () => {
  it('turns at the scale where the smallest arrowhead is MIN_ARROW_PX across', () => {
    const turn = MIN_ARROW_PX / 29;

    expect(arrowLegibleAt(turn)).toBe(true);
    expect(arrowLegibleAt(turn * 0.99)).toBe(false);
  });

  it('measures a transform by how far one unit reaches', () => {
    expect(drawnScale(contextAt(2))).toBeCloseTo(2);
    expect(drawnScale(contextAt(2, Math.PI / 4))).toBeCloseTo(2);
  });
});
