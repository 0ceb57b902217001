// Ten shortcuts through Cytoscape's canvas renderer and elements depend on parts of them that
// are not public API (cachedBounds.ts, measuredStaysClean.ts, textureFallback.ts,
// sharedStyleKeys.ts, wrappedLabelCache.ts, placeNodes.ts, firstFrameWithoutLayers.ts,
// firstStyleTriggers.ts, blankLayersUntouched.ts, nearbyHitTest.ts): this pins that they take
// hold in the Cytoscape the app ships, and that they give what Cytoscape itself would, on the
// example map.

import type { JSHandle, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { statusMessage, toolbar, waitForEditor } from './support/app';
import { useAppSession } from './support/session';
import { withoutChromium } from './support/chromium';
import { EXAMPLE_MAP_NAME, canvasCy, openExampleMap, waitForCanvasSize } from './support/editor';

/** An element's bounding box as Cytoscape gives it (the page functions below are typed with it). */
interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Opens the example map and hands back its canvas's Cytoscape, once the canvas has its size. */
async function exampleCanvas(page: Page): Promise<JSHandle> {
  await openExampleMap(page);
  await waitForCanvasSize(page);
  return canvasCy(page);
}

describe.skipIf(withoutChromium)("Cytoscape's renderer, with Stakemap's shortcuts", () => {
  const session = useAppSession();

  test('answers element boxes from its cache, as Cytoscape measures them, before and after a move', async () => {
    const { page } = session();
    const cy = await exampleCanvas(page);

    const result = await page.evaluate((found) => {
      interface Element {
        id(): string;
        boundingBox(options?: object): Box;
        position(to?: { x: number; y: number }): { x: number; y: number };
        connectedEdges(): Element[];
      }
      interface Cy {
        collection(): object;
        elements(): Element[];
        nodes(): Element[];
      }
      const cy = found as Cy;
      const marks = Object.getOwnPropertySymbols(Object.getPrototypeOf(cy.collection())).map(
        (symbol) => symbol.description,
      );
      const rounded = (box: Box) => [box.x1, box.y1, box.x2, box.y2].map(Math.round).join(',');
      const differing = (elements: Element[]) =>
        elements
          .filter((element) => {
            element.boundingBox();
            const cached = rounded(element.boundingBox());
            return cached !== rounded(element.boundingBox({ useCache: false }));
          })
          .map((element) => element.id());

      const before = differing(cy.elements());
      const moved = cy.nodes()[0];
      if (!moved) throw new Error('The example map has no nodes.');
      const from = moved.position();
      moved.position({ x: from.x + 240, y: from.y - 160 });
      const after = differing([moved, ...moved.connectedEdges()]);
      return { marks, before, after, movedEdges: moved.connectedEdges().length };
    }, cy);

    expect(result.marks).toContain('stakemap.cachedBounds');
    expect(result.before).toEqual([]);
    expect(result.movedEdges).toBeGreaterThan(0);
    expect(result.after).toEqual([]);
  });

  test('after every node moves, draws them without measuring them all again a frame later', async () => {
    const { page } = session();
    const cy = await exampleCanvas(page);

    const result = await page.evaluate(async (found) => {
      interface Renderer {
        recalculateNodeLabelProjection(...args: unknown[]): unknown;
        recalculateEdgeProjections(edges: unknown[]): unknown;
      }
      interface Node {
        position(): { x: number; y: number };
      }
      interface Cy {
        collection(): object;
        nodes(): {
          length: number;
          positions(to: (node: Node) => { x: number; y: number }): void;
        };
        edges(): { length: number };
        renderer(): Renderer;
        one(event: string, handler: () => void): void;
      }
      const cy = found as Cy;
      const renderer = cy.renderer();
      const measured = { nodes: 0, edges: 0 };
      const measureNode = renderer.recalculateNodeLabelProjection.bind(renderer);
      const measureEdges = renderer.recalculateEdgeProjections.bind(renderer);
      renderer.recalculateNodeLabelProjection = (...args) => {
        measured.nodes += 1;
        return measureNode(...args);
      };
      renderer.recalculateEdgeProjections = (edges) => {
        measured.edges += edges.length;
        return measureEdges(edges);
      };
      const drawn = () => new Promise<void>((resolve) => cy.one('render', resolve));
      const frames = async (count: number) => {
        for (let frame = 0; frame < count; frame += 1) {
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
      };

      const firstDraw = drawn();
      cy.nodes().positions((node) => ({ x: node.position().x + 300, y: node.position().y }));
      await firstDraw;
      const inTheFirstFrame = { ...measured };
      measured.nodes = 0;
      measured.edges = 0;
      await frames(4);
      const marks = Object.getOwnPropertySymbols(Object.getPrototypeOf(cy.collection())).map(
        (symbol) => symbol.description,
      );
      return {
        marks,
        inTheFirstFrame,
        afterwards: { ...measured },
        nodes: cy.nodes().length,
        edges: cy.edges().length,
      };
    }, cy);

    expect(result.inTheFirstFrame.nodes).toBe(result.nodes);
    expect(result.inTheFirstFrame.edges).toBe(result.edges);
    expect(result.afterwards).toEqual({ nodes: 0, edges: 0 });
    expect(result.marks).toContain('stakemap.measuredStaysClean');
  });

  test('draws a picture from another scale without clearing room on a texture first', async () => {
    const { page } = session();
    const cy = await exampleCanvas(page);

    const result = await page.evaluate((found) => {
      interface Picture {
        level: number;
      }
      type GetElement = (
        element: unknown,
        box: unknown,
        pxRatio: number,
        level?: number,
      ) => Picture | null;
      interface PictureCache {
        getElement: GetElement;
        getBoundingBox(element: unknown): unknown;
      }
      interface Cy {
        nodes(): unknown[];
        renderer(): { data: { eleTxrCache: PictureCache } };
      }
      const cy = found as Cy;
      const cache = cy.renderer().data.eleTxrCache;
      const cytoscapes = (Object.getPrototypeOf(cache) as PictureCache).getElement;
      const node = cy.nodes()[0];
      const box = cache.getBoundingBox(node);

      // A picture at the scale of zoom 1, then an ask at the largest scale (2^3), which this map
      // never reaches at its largest zoom: the picture at hand is the answer.
      const atHand = cytoscapes.call(cache, node, box, 1, 0);
      let clears = 0;
      const prototypes = [
        OffscreenCanvasRenderingContext2D.prototype,
        CanvasRenderingContext2D.prototype,
      ];
      const originals = prototypes.map((prototype) => prototype.clearRect);
      prototypes.forEach((prototype, index) => {
        const clearRect = originals[index] as (...args: unknown[]) => void;
        prototype.clearRect = function (this: unknown, ...args: [number, number, number, number]) {
          clears += 1;
          clearRect.apply(this, args);
        };
      });
      try {
        const drawn = cache.getElement(node, box, 1, 3);
        const clearsByShortcut = clears;
        const cytoscapesChoice = cytoscapes.call(cache, node, box, 1, 3);
        return {
          wrapped: Object.hasOwn(cache, 'getElement'),
          // + 0: Cytoscape keeps a level worked out just under zoom 1 as -0.
          atHandLevel: (atHand?.level ?? NaN) + 0,
          drawnLevel: (drawn?.level ?? NaN) + 0,
          sameAsCytoscape: drawn === cytoscapesChoice,
          clearsByShortcut,
        };
      } finally {
        prototypes.forEach((prototype, index) => {
          prototype.clearRect = originals[index] as typeof prototype.clearRect;
        });
      }
    }, cy);

    expect(result.wrapped).toBe(true);
    expect(result.atHandLevel).toBe(0);
    expect(result.drawnLevel).toBe(0);
    expect(result.sameAsCytoscape).toBe(true);
    expect(result.clearsByShortcut).toBe(0);
  });

  test('keeps one record of style hashes for all elements, and still tells their pictures apart', async () => {
    const { page } = session();
    const cy = await exampleCanvas(page);

    const result = await page.evaluate((found) => {
      interface State {
        styleKeys: object;
        labelKey: unknown;
        nodeKey: unknown;
      }
      interface Element {
        _private: State;
        isNode(): boolean;
        data(name: string, value?: string): unknown;
        style(name: string): unknown;
      }
      interface Cy {
        style(): object;
        elements(): Element[];
        nodes(): Element[];
      }
      const cy = found as Cy;
      const marks = Object.getOwnPropertySymbols(Object.getPrototypeOf(cy.style())).map(
        (symbol) => symbol.description,
      );
      const elements = cy.elements();
      const records = new Set(elements.map((element) => element._private.styleKeys)).size;
      const nodes = cy.nodes();
      const nodeKeys = new Set(nodes.map((node) => node._private.nodeKey)).size;
      const node = nodes[0];
      if (!node) throw new Error('The example map has no nodes.');
      const labelKey = node._private.labelKey;
      node.data('label', `${String(node.data('label'))} (renamed)`);
      node.style('label');
      return {
        marks,
        elements: elements.length,
        records,
        nodes: nodes.length,
        nodeKeys,
        labelKeyChanged: node._private.labelKey !== labelKey,
      };
    }, cy);

    expect(result.marks).toContain('stakemap.sharedStyleKeys');
    expect(result.elements).toBeGreaterThan(10);
    expect(result.records).toBe(1);
    // Nodes of different kinds and colours keep different picture keys.
    expect(result.nodeKeys).toBeGreaterThan(1);
    expect(result.nodeKeys).toBeLessThan(result.nodes);
    expect(result.labelKeyChanged).toBe(true);
  });

  test('styles a new element without announcing each property, and measures it as Cytoscape does', async () => {
    const { page } = session();
    const cy = await exampleCanvas(page);

    const result = await page.evaluate((found) => {
      interface Element {
        id(): string;
        data(): Record<string, unknown>;
        classes(): string[];
        position(): { x: number; y: number };
        boundingBox(): Box;
        dirtyBoundingBoxCache(): void;
      }
      interface Cy {
        style(): object;
        nodes(): Element[];
        add(definitions: object[]): Element[];
        on(event: string, handler: (event: { target: Element }) => void): void;
        renderer(): { recalculateRenderedStyle(elements: Element[], useCache: boolean): void };
      }
      const cy = found as Cy;
      const marks = Object.getOwnPropertySymbols(Object.getPrototypeOf(cy.style())).map(
        (symbol) => symbol.description,
      );
      const [first, second] = cy.nodes();
      if (!first || !second) throw new Error('The example map has fewer than two nodes.');
      // A node like the first, well away from the map, and a relationship to the second node.
      const added = cy.add([
        {
          group: 'nodes',
          data: { ...first.data(), id: 'probe-node', label: 'A stakeholder added by the test' },
          classes: first.classes(),
          position: { x: first.position().x + 900, y: first.position().y + 300 },
        },
        { group: 'edges', data: { id: 'probe-edge', source: 'probe-node', target: second.id() } },
      ]);
      const announced: Record<string, number> = {};
      cy.on('bounds', (event) => {
        const id = event.target.id();
        announced[id] = (announced[id] ?? 0) + 1;
      });
      const boxes = added.map((element) => element.boundingBox());
      // Measured again from nothing, through Cytoscape's own steps, for comparison.
      added.forEach((element) => element.dirtyBoundingBoxCache());
      cy.renderer().recalculateRenderedStyle(added, false);
      const remeasured = added.map((element) => element.boundingBox());
      return {
        marks,
        boxes,
        remeasured,
        announced: added.map((element) => announced[element.id()]),
      };
    }, cy);

    expect(result.marks).toContain('stakemap.firstStyleTriggers');
    expect(result.remeasured).toEqual(result.boxes);
    expect(result.boxes[0]?.x2).toBeGreaterThan(result.boxes[0]?.x1 ?? Infinity);
    // Cytoscape announced the node's box 15 times, once after each property it set that shapes the
    // box; what is left announces each element's box measured, then measured again.
    expect(result.announced[0]).toBeLessThanOrEqual(3);
    expect(result.announced[1]).toBeLessThanOrEqual(3);
  });

  test('wraps each label once, and again only when its text changes', async () => {
    const { page } = session();
    const cy = await exampleCanvas(page);

    const result = await page.evaluate(async (found) => {
      interface Node {
        _private: { rscratch: { labelWrapCachedLines?: string[] } };
        position(): { x: number; y: number };
        data(name: string, value?: string): unknown;
      }
      interface Cy {
        nodes(): Node[] & { positions(to: (node: Node) => { x: number; y: number }): void };
        one(event: string, handler: () => void): void;
      }
      const cy = found as Cy;
      let measured = 0;
      const prototype = CanvasRenderingContext2D.prototype;
      const measureText = prototype.measureText;
      prototype.measureText = function (this: CanvasRenderingContext2D, text: string) {
        measured += 1;
        return measureText.call(this, text);
      };
      const drawn = () => new Promise<void>((resolve) => cy.one('render', resolve));
      try {
        const moved = drawn();
        cy.nodes().positions((node) => ({ x: node.position().x + 200, y: node.position().y }));
        await moved;
        const measuredForMove = measured;

        const node = cy.nodes()[0];
        if (!node) throw new Error('The example map has no nodes.');
        const label = 'A stakeholder whose name runs on well past the width of one line';
        const relabelled = drawn();
        node.data('label', label);
        await relabelled;
        return {
          nodes: cy.nodes().length,
          measuredForMove,
          measuredForRelabel: measured - measuredForMove,
          lines: node._private.rscratch.labelWrapCachedLines ?? [],
          label,
        };
      } finally {
        prototype.measureText = measureText;
      }
    }, cy);

    expect(result.nodes).toBeGreaterThan(10);
    // Cytoscape itself measured every label again, word by word, after every node moved.
    expect(result.measuredForMove).toBe(0);
    expect(result.measuredForRelabel).toBeGreaterThan(0);
    expect(result.lines.length).toBeGreaterThan(1);
    // Cytoscape keeps the space a line was broken at on the end of the line.
    expect(result.lines.map((line) => line.trim()).join(' ')).toBe(result.label);
  });

  test('a layout moves every node in one step, and the canvas measures what Cytoscape would', async () => {
    const { page } = session();
    // Without motion the layout puts the nodes in place at once rather than gliding them there.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const cy = await exampleCanvas(page);
    await page.evaluate((found) => {
      const events = { told: 0 };
      Reflect.set(window, 'stakemapBoundsEvents', events);
      (found as { on(event: string, handler: () => void): void }).on('bounds', () => {
        events.told += 1;
      });
    }, cy);

    await toolbar(page).getByRole('combobox', { name: 'Layout' }).selectOption('grid');
    await toolbar(page).getByRole('button', { name: 'Run layout', exact: true }).click();
    await statusMessage(page, 'Layout applied. Undo puts the nodes back.').waitFor();

    const result = await page.evaluate(async (found) => {
      interface Element {
        id(): string;
        boundingBox(): Box;
        position(): { x: number; y: number };
      }
      interface Cy {
        nodes(): Element[] & { positions(to: (node: Element) => object): void };
        elements(): Element[];
        one(event: string, handler: () => void): void;
      }
      const cy = found as Cy;
      const events = Reflect.get(window, 'stakemapBoundsEvents') as { told: number };
      const toldByLayout = events.told;
      events.told = 0;
      const boxes = () =>
        new Map(
          cy.elements().map((element) => {
            const box = element.boundingBox();
            return [element.id(), [box.x1, box.y1, box.x2, box.y2].map(Math.round).join(',')];
          }),
        );
      const afterLayout = boxes();
      // Cytoscape's own moves, to the same places: every node and edge measured afresh.
      const drawn = new Promise<void>((resolve) => cy.one('render', resolve));
      cy.nodes().positions((node) => ({ ...node.position() }));
      await drawn;
      const afterOwnMoves = boxes();
      const differing = [...afterLayout].filter(([id, box]) => afterOwnMoves.get(id) !== box);
      return {
        toldByLayout,
        toldByOwnMoves: events.told,
        elements: cy.elements().length,
        differing: differing.map(([id]) => id),
      };
    }, cy);

    expect(result.elements).toBeGreaterThan(10);
    // Every node and edge is told it moved, once; Cytoscape's own moves tell an edge once per end.
    expect(result.toldByLayout).toBeGreaterThanOrEqual(result.elements);
    expect(result.toldByLayout).toBeLessThan(result.toldByOwnMoves);
    expect(result.differing).toEqual([]);
  });

  test("draws a new canvas's first frame straight, and builds its layers in the frames after", async () => {
    const { page } = session();
    // Watch Cytoscape's layer cache (one prototype for every canvas), then open a new canvas.
    const first = await exampleCanvas(page);
    await page.evaluate((found) => {
      interface LayerCache {
        firstGet?: boolean;
        getLayers(...args: unknown[]): unknown;
        drawEleInLayer(...args: unknown[]): unknown;
      }
      const cache = (found as { renderer(): { data: { lyrTxrCache: LayerCache } } }).renderer().data
        .lyrTxrCache;
      const prototype = Object.getPrototypeOf(cache) as LayerCache;
      const record = { drawnAtFirstAsk: 0, drawnLater: 0 };
      Reflect.set(window, 'stakemapLayerRecord', record);
      const { getLayers, drawEleInLayer } = prototype;
      let firstAsk = false;
      prototype.getLayers = function (this: LayerCache, ...args) {
        firstAsk = this.firstGet === true;
        try {
          return getLayers.apply(this, args);
        } finally {
          firstAsk = false;
        }
      };
      prototype.drawEleInLayer = function (this: LayerCache, ...args) {
        if (firstAsk) record.drawnAtFirstAsk += 1;
        else record.drawnLater += 1;
        return drawEleInLayer.apply(this, args);
      };
    }, first);
    await page.getByRole('button', { name: 'Back to maps', exact: true }).click();
    await page.getByRole('button', { name: `Open ${EXAMPLE_MAP_NAME}`, exact: true }).click();
    await waitForEditor(page, EXAMPLE_MAP_NAME);
    await waitForCanvasSize(page);
    const cy = await canvasCy(page);

    const record = () =>
      page.evaluate(
        () =>
          Reflect.get(window, 'stakemapLayerRecord') as {
            drawnAtFirstAsk: number;
            drawnLater: number;
          },
      );
    // The layers come as the view changes, a few elements a frame.
    await expect
      .poll(async () => {
        await page.evaluate((found) => {
          (found as { panBy(by: { x: number; y: number }): void }).panBy({ x: 1, y: 0 });
        }, cy);
        return (await record()).drawnLater;
      })
      .toBeGreaterThan(0);
    // Cytoscape draws every element into new layers the first time a canvas asks for them.
    expect((await record()).drawnAtFirstAsk).toBe(0);
  });

  test("leaves a new canvas's empty drag and selection layers out of its first frame, and readies them when idle", async () => {
    const { page } = session();
    await exampleCanvas(page);
    // Record, for each of Cytoscape's canvases, whether it was first drawn on in the same task as
    // the map layer's first drawing (Cytoscape's first frame), then open a new canvas.
    await page.evaluate(() => {
      const firstTouches: Record<string, { withMapLayer: boolean }> = {};
      Reflect.set(window, 'stakemapFirstTouches', firstTouches);
      let inMapLayersFirstTask = false;
      const prototype = CanvasRenderingContext2D.prototype;
      const setTransform = prototype.setTransform;
      prototype.setTransform = function (this: CanvasRenderingContext2D, ...args: unknown[]) {
        const layer = this.canvas.dataset['id'] ?? '';
        if (layer.startsWith('layer') && !(layer in firstTouches)) {
          if (layer.endsWith('-node')) {
            inMapLayersFirstTask = true;
            queueMicrotask(() => {
              inMapLayersFirstTask = false;
            });
          }
          firstTouches[layer] = { withMapLayer: inMapLayersFirstTask };
        }
        return (setTransform as (...values: unknown[]) => void).apply(this, args);
      };
    });
    await page.getByRole('button', { name: 'Back to maps', exact: true }).click();
    await page.getByRole('button', { name: `Open ${EXAMPLE_MAP_NAME}`, exact: true }).click();
    await waitForEditor(page, EXAMPLE_MAP_NAME);
    await waitForCanvasSize(page);

    const firstTouches = () =>
      page.evaluate(
        () =>
          Reflect.get(window, 'stakemapFirstTouches') as Record<string, { withMapLayer: boolean }>,
      );
    await expect
      .poll(async () => Object.keys(await firstTouches()).sort())
      .toEqual(['layer0-selectbox', 'layer1-drag', 'layer2-node']);
    // Cytoscape clears all three in its first frame.
    expect(await firstTouches()).toEqual({
      'layer0-selectbox': { withMapLayer: false },
      'layer1-drag': { withMapLayer: false },
      'layer2-node': { withMapLayer: true },
    });
  });

  test('finds what is under the pointer among nearby elements only, with the answers Cytoscape gives', async () => {
    const { page } = session();
    const cy = await exampleCanvas(page);

    const result = await page.evaluate((found) => {
      interface Point {
        x: number;
        y: number;
      }
      interface Element {
        id(): string;
        isNode(): boolean;
        position(): Point;
        midpoint(): Point;
      }
      interface Renderer {
        findNearestElements(x: number, y: number, interactive: boolean, touch: boolean): Element[];
      }
      interface Cy {
        renderer(): Renderer;
        elements(): Element[];
        zoom(level?: number): number;
      }
      const cy = found as Cy;
      const renderer = cy.renderer();
      const cytoscapes = Object.getPrototypeOf(renderer) as Renderer;
      // Each element's middle, and points around it at the distances where hits begin and end.
      const points: Point[] = cy.elements().flatMap((element) => {
        const at = element.isNode() ? element.position() : element.midpoint();
        return [0, 6, 14, 30, 60].flatMap((offset) => [
          { x: at.x + offset, y: at.y },
          { x: at.x, y: at.y - offset },
        ]);
      });
      const answers = (test: Renderer['findNearestElements'], touch: boolean) =>
        points.map((point) =>
          test
            .call(renderer, point.x, point.y, true, touch)
            .map((element) => element.id())
            .join(','),
        );
      const compared = [0.5, 1, 2].flatMap((zoom) => {
        cy.zoom(zoom);
        return [false, true].map((touch) => ({
          shortcut: answers(renderer.findNearestElements, touch),
          cytoscape: answers(cytoscapes.findNearestElements, touch),
        }));
      });
      return {
        installed: Object.hasOwn(renderer, 'findNearestElements'),
        compared,
        hits: compared.flatMap(({ cytoscape }) => cytoscape).filter(Boolean).length,
        misses: compared.flatMap(({ cytoscape }) => cytoscape).filter((ids) => !ids).length,
      };
    }, cy);

    expect(result.installed).toBe(true);
    // Both hits and misses among the points, so the comparison covers each.
    expect(result.hits).toBeGreaterThan(100);
    expect(result.misses).toBeGreaterThan(100);
    for (const { shortcut, cytoscape } of result.compared) expect(shortcut).toEqual(cytoscape);
  });
});
