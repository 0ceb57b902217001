import type { Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { patchGraph } from '../../../renderer/graph/patchGraph';
import { toElements } from '../../../renderer/graph/toElements';
import { FILTERED_OUT_CLASS } from '../../../renderer/graph/stateClasses';
import { centerOn, fitGraph, mayAnimate } from '../../../renderer/graph/viewport';
import { aNode } from '../../factories/records';
import { headlessCyShowing } from './headlessCy';

let cy: Core;

beforeEach(() => {
  cy = headlessCyShowing([
    aNode({ id: 'a', position: { x: 0, y: 0 } }),
    aNode({ id: 'b', position: { x: 400, y: 300 } }),
  ]);
});

afterEach(() => {
  cy.destroy();
});

/** Waits for the camera to stop; generous, because timers run late on a busy machine. */
async function glideEnds(): Promise<void> {
  const deadline = Date.now() + 5000;
  while (cy.animated() && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('centerOn', () => {
  it('glides to the node when asked to animate, ending centred at a readable zoom', async () => {
    cy.zoom(0.25);

    centerOn(cy, 'b', true);
    expect(cy.animated()).toBe(true);
    await glideEnds();

    expect(cy.animated()).toBe(false);
    expect(cy.zoom()).toBeCloseTo(1);
    const { x, y } = cy.$id('b').renderedPosition();
    expect(x).toBeCloseTo(cy.width() / 2);
    expect(y).toBeCloseTo(cy.height() / 2);
  });

  it('jumps at once otherwise, stopping a glide still under way', () => {
    centerOn(cy, 'a', true);

    centerOn(cy, 'b');

    expect(cy.animated()).toBe(false);
    expect(cy.$id('b').renderedPosition().x).toBeCloseTo(cy.width() / 2);
  });

  it('puts the node itself in the middle, not the node with its label below it', () => {
    cy.$id('b').data('label', 'A label long enough to wrap over three lines under the node');
    cy.zoom(2);

    centerOn(cy, 'b');

    expect(cy.$id('b').renderedPosition()).toEqual({ x: cy.width() / 2, y: cy.height() / 2 });
  });

  it('never animates where nothing is drawn or the user prefers less motion', () => {
    expect(mayAnimate(cy, false)).toBe(false);
    expect(mayAnimate(cy, true)).toBe(false);
  });
});

describe('fitGraph', () => {
  it('never blows a lone node up past 1.5×', () => {
    cy.$id('b').remove();

    fitGraph(cy);

    expect(cy.zoom()).toBeLessThanOrEqual(1.5);
  });

  /** jsdom lays nothing out, so the canvas is given the size of a typical window's. */
  function sizeCanvas(width: number, height: number): void {
    cy.width = () => width;
    cy.height = () => height;
  }

  function renderedExtent() {
    const xs = cy.nodes().map((node) => node.renderedPosition().x);
    const ys = cy.nodes().map((node) => node.renderedPosition().y);
    return {
      left: Math.min(...xs),
      right: Math.max(...xs),
      top: Math.min(...ys),
      bottom: Math.max(...ys),
    };
  }

  /** Checks every node's centre is inside a canvas of this size; returns their extent. */
  function expectAllInView(width: number, height: number) {
    const extent = renderedExtent();
    expect(extent.left).toBeGreaterThan(0);
    expect(extent.top).toBeGreaterThan(0);
    expect(extent.right).toBeLessThan(width);
    expect(extent.bottom).toBeLessThan(height);
    return extent;
  }

  it('shows every node of a small map, filling the view', () => {
    sizeCanvas(800, 600);

    fitGraph(cy);

    const extent = expectAllInView(800, 600);
    // Filled: the map spans most of the narrower way.
    expect(extent.right - extent.left).toBeGreaterThan(500);
  });

  it('shows every node of a map of thousands, centred, sized from the positions alone', () => {
    const nodes = Array.from({ length: 1500 }, (_, index) =>
      aNode({
        id: `n${index}`,
        position: { x: (index % 50) * 100 - 1000, y: Math.floor(index / 50) * 80 + 500 },
      }),
    );
    patchGraph(cy, toElements(nodes, []));
    sizeCanvas(1280, 800);

    fitGraph(cy);

    const extent = expectAllInView(1280, 800);
    expect((extent.left + extent.right) / 2).toBeCloseTo(640, 0);
    expect((extent.top + extent.bottom) / 2).toBeCloseTo(400, 0);
  });

  it('leaves out nodes the filter hides', () => {
    sizeCanvas(800, 600);
    cy.$id('b').addClass(FILTERED_OUT_CLASS);

    fitGraph(cy);

    expect(cy.zoom()).toBeCloseTo(1.5);
    expect(cy.$id('a').renderedPosition().x).toBeCloseTo(400);
  });
});
