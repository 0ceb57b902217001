// After a layout, the moved nodes and their edges are measured and boxed a slice at a time, with
// Cytoscape's frames held meanwhile (measureInSlices.ts). A headless Cytoscape stands in for the
// canvas, with a stand-in for the parts of its renderer that measure; the browser suite runs the
// real one.

import type { Collection, Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { measureInSlices } from '../../../renderer/graph/measureInSlices';
import { eventsToldRenderer, headlessCy, isBatching } from './headlessCy';

let cy: Core;

beforeEach(() => {
  cy = headlessCy();
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  cy.destroy();
});

/** A hub joined to `count` others. */
function aStarOf(count: number): void {
  cy.add({ data: { id: 'hub', label: 'Hub', kind: 'person' }, position: { x: 0, y: 0 } });
  for (let index = 0; index < count; index += 1) {
    cy.add([
      {
        data: { id: `n${index}`, label: `N${index}`, kind: 'person' },
        position: { x: index, y: 9 },
      },
      { data: { id: `e${index}`, source: 'hub', target: `n${index}` } },
    ]);
  }
}

/** Records what the renderer is asked to measure, and whether the canvas was held then. */
function aRenderer() {
  const renderer = {
    measured: [] as string[],
    heldWhileMeasuring: [] as boolean[],
    flushes: 0,
    recalculateRenderedStyle(elements: Collection) {
      elements.forEach((element) => {
        renderer.measured.push(element.id());
      });
      renderer.heldWhileMeasuring.push(isBatching(cy));
    },
    flushRenderedStyleQueue() {
      renderer.flushes += 1;
      renderer.heldWhileMeasuring.push(isBatching(cy));
    },
  };
  return renderer;
}

/** The whole canvas measured once `after` settles, each slice straight after the last. */
const measureAfter = (after: Promise<unknown>, renderer: ReturnType<typeof aRenderer>) =>
  measureInSlices(cy, cy.nodes(), { after, renderer, yieldTask: () => Promise.resolve() });

/** The star of four's five nodes and four edges all measured, and the frames let go. */
function expectAllMeasuredAndLetGo(renderer: ReturnType<typeof aRenderer>): void {
  expect(renderer.measured).toHaveLength(9);
  expect(isBatching(cy)).toBe(false);
}

/** Whether Cytoscape keeps a box for the element (internal: what the renderer reads). */
const hasBox = (id: string): boolean =>
  (cy.$id(id) as unknown as { _private: { bbCache?: unknown } })._private.bbCache != null;

describe('measureInSlices', () => {
  it('measures every moved node and each of their edges once, and works out their boxes', async () => {
    aStarOf(4);
    const renderer = aRenderer();

    await measureInSlices(cy, cy.nodes(), { renderer, yieldTask: () => Promise.resolve() });

    expect([...renderer.measured].sort()).toEqual(
      cy
        .elements()
        .map((element) => element.id())
        .sort(),
    );
    expect(renderer.flushes).toBe(1);
    for (const element of cy.elements()) expect(hasBox(element.id())).toBe(true);
  });

  it("holds the canvas's frames while measuring, and lets them go when done", async () => {
    aStarOf(4);
    const renderer = aRenderer();

    await measureInSlices(cy, cy.nodes(), { renderer, yieldTask: () => Promise.resolve() });

    expect(renderer.heldWhileMeasuring.length).toBeGreaterThan(0);
    expect(renderer.heldWhileMeasuring.every(Boolean)).toBe(true);
    expect(isBatching(cy)).toBe(false);
  });

  it('waits for the work it follows (a save), with the frames held meanwhile', async () => {
    aStarOf(4);
    const renderer = aRenderer();
    let settle = () => {};
    const after = new Promise<void>((resolve) => (settle = resolve));

    const measuring = measureAfter(after, renderer);
    await new Promise((resolve) => setTimeout(resolve, 10));

    expect(renderer.measured).toEqual([]);
    expect(isBatching(cy)).toBe(true);
    settle();
    await measuring;
    expectAllMeasuredAndLetGo(renderer);
  });

  it('measures all the same when the work it follows fails', async () => {
    aStarOf(4);
    const renderer = aRenderer();

    await measureAfter(Promise.reject(new Error('The disk is full.')), renderer);

    expectAllMeasuredAndLetGo(renderer);
  });

  it('waits no longer than two seconds for work that never ends, so the canvas draws again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    aStarOf(4);
    const renderer = aRenderer();

    const measuring = measureAfter(new Promise(() => {}), renderer);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(renderer.measured).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await measuring;

    expectAllMeasuredAndLetGo(renderer);
  });

  it('gives the page back between slices once a slice has run its time', async () => {
    aStarOf(450);
    const renderer = aRenderer();
    // Each look at the clock finds 15 ms more gone: a slice's time runs out every second part.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 15));
    const measuredAtYields: number[] = [];
    const yieldTask = () => {
      measuredAtYields.push(renderer.measured.length);
      return Promise.resolve();
    };

    await measureInSlices(cy, cy.nodes(), { renderer, yieldTask });

    // 451 nodes and 450 edges, 100 to a part, two parts to a slice; then the last measuring alone.
    expect(measuredAtYields).toEqual([100, 300, 500, 700, 900, 901]);
    expect(renderer.measured).toHaveLength(901);
  });

  it('stops, and lets the canvas go, when the canvas is destroyed between slices', async () => {
    aStarOf(4);
    const renderer = aRenderer();
    const told = eventsToldRenderer(cy);

    await measureInSlices(cy, cy.nodes(), {
      renderer,
      yieldTask: () => {
        cy.destroy();
        return Promise.resolve();
      },
    });

    expect(renderer.flushes).toBe(0);
    // Destroyed inside a batch, Cytoscape would keep the news from its renderer for good.
    expect(told).toContain('destroy');
  });

  it('leaves measuring elements deleted meanwhile out', async () => {
    aStarOf(150);
    const renderer = aRenderer();
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 1000));
    let yields = 0;

    await measureInSlices(cy, cy.nodes(), {
      renderer,
      yieldTask: () => {
        yields += 1;
        if (yields === 1) cy.remove('#n149');
        return Promise.resolve();
      },
    });

    expect(renderer.measured).not.toContain('e149');
    expect(renderer.measured).toHaveLength(301 - 2);
  });

  it('leaves it all to the next frame for a renderer without the parts', async () => {
    aStarOf(4);

    await measureInSlices(cy, cy.nodes(), { renderer: {}, yieldTask: () => Promise.resolve() });
    await measureInSlices(cy, cy.nodes(), { yieldTask: () => Promise.resolve() });

    expect(isBatching(cy)).toBe(false);
    expect(hasBox('e0')).toBe(false);
  });
});
