// After an edit, the map on screen is the map drawn afresh. Cytoscape caches the drawn map as one
// bitmap, and layerRepaint.ts repaints only the parts of it that an edit touched, instead of
// drawing the whole map again: if it left a trace of the old label, or missed part of the new
// one, the two pictures would differ.

import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { canvas, editInspectorField, goToNode, waitForEditor, waitForSaved } from './support/app';
import { expectNoProblems, launchApp, type AppSession } from './support/browser';
import { withoutChromium } from './support/chromium';
import { EXAMPLE_MAP_NAME, openExampleMap, waitForCanvasSize } from './support/editor';
import { readMapRecords } from './support/indexedDb';

/** A channel difference a user can see; antialiasing where two drawings meet differs by less. */
const VISIBLE_DIFFERENCE = 40;

/**
 * What the canvas shows once the view has settled: Cytoscape's stacked canvases composed into one
 * PNG, without the page around them (a notice passing over the map is not the map).
 */
async function settledPicture(page: Page): Promise<string> {
  await page.waitForTimeout(1500);
  return canvas(page).evaluate(async (region) => {
    const layers = [...region.querySelectorAll('canvas')];
    const width = layers[0]?.width ?? 0;
    const height = layers[0]?.height ?? 0;
    const composed = new OffscreenCanvas(width, height);
    const context = composed.getContext('2d');
    for (const layer of layers) context?.drawImage(layer, 0, 0);
    const bytes = new Uint8Array(await (await composed.convertToBlob()).arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary);
  });
}

/** How many pixels of two same-sized PNGs differ visibly, counted in the page. */
async function visiblyDifferentPixels(page: Page, first: string, second: string): Promise<number> {
  return page.evaluate(
    async ([a, b, visible]) => {
      const pixels = async (png: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${png}`;
        await image.decode();
        const surface = new OffscreenCanvas(image.width, image.height);
        const context = surface.getContext('2d');
        context?.drawImage(image, 0, 0);
        return (
          context?.getImageData(0, 0, image.width, image.height).data ?? new Uint8ClampedArray()
        );
      };
      const [one, two] = await Promise.all([pixels(a), pixels(b)]);
      if (one.length !== two.length || one.length === 0) return Number.POSITIVE_INFINITY;
      let count = 0;
      for (let index = 0; index < one.length; index += 4) {
        const channels = [0, 1, 2].map((c) =>
          Math.abs((one[index + c] ?? 0) - (two[index + c] ?? 0)),
        );
        if (Math.max(...channels) > visible) count += 1;
      }
      return count;
    },
    [first, second, VISIBLE_DIFFERENCE] as const,
  );
}

describe.skipIf(withoutChromium)('repainting the canvas after an edit', () => {
  let session: AppSession;

  beforeEach(async () => {
    session = await launchApp();
  });

  afterEach(async () => {
    await session.dispose();
  });

  test('a renamed node looks on the canvas as it does when the map is opened afresh', async () => {
    const { page, problems } = session;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const mapId = await openExampleMap(page);
    // A node in the middle of the map, so that its longer label leaves the fitted view as it is.
    const nodes = await readMapRecords(page, 'nodes', mapId);
    const middle = {
      x: nodes.reduce((sum, node) => sum + node.position.x, 0) / nodes.length,
      y: nodes.reduce((sum, node) => sum + node.position.y, 0) / nodes.length,
    };
    const distance = (node: (typeof nodes)[number]) =>
      Math.hypot(node.position.x - middle.x, node.position.y - middle.y);
    const [central] = [...nodes].sort((a, b) => distance(a) - distance(b));
    if (!central) throw new Error('The example map has no nodes.');

    await goToNode(page, central.label);
    await page.getByRole('button', { name: 'Fit to screen', exact: true }).click();
    await settledPicture(page);
    await editInspectorField(page, 'Label', `${central.label} (renamed)`);
    await waitForSaved(page);
    // Nothing selected, as after opening: selecting and unselecting repaint the node too.
    await canvas(page).focus();
    await page.keyboard.press('Escape');
    const edited = await settledPicture(page);

    await page.reload();
    await waitForEditor(page, EXAMPLE_MAP_NAME);
    await waitForCanvasSize(page);
    const fresh = await settledPicture(page);

    expect(await visiblyDifferentPixels(page, edited, fresh)).toBeLessThanOrEqual(20);
    expectNoProblems(problems);
  });
});
