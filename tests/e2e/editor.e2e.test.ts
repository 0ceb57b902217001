// The map editor: building a small map from the toolbar and the inspector, and finding all of it
// again after a reload and after closing the browser; dragging on the canvas; deleting; layouts.

import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Position } from '@shared/domain/types';
import {
  addNode,
  canvas,
  connectSelectedTo,
  createMap,
  editInspectorField,
  goToNode,
  goToNodeLabels,
  inspector,
  inspectorField,
  mapCounts,
  readMapCounts,
  relationshipButton,
  toolbar,
  waitForEditor,
  waitForSaved,
} from './support/app';
import { expectNoProblems, launchApp, type AppSession } from './support/browser';
import { withoutChromium } from './support/chromium';
import { readMapRecords } from './support/indexedDb';
import { eventually } from './support/wait';

async function positionsByLabel(page: Page, mapId: string): Promise<Record<string, Position>> {
  const nodes = await readMapRecords(page, 'nodes', mapId);
  return Object.fromEntries(nodes.map((node) => [node.label, node.position]));
}

/**
 * Whether the canvas shows something at this point of the page: one of Cytoscape's stacked layer
 * canvases has a pixel there that is not transparent. Read after two frames, so it is what the
 * user sees.
 */
async function drawnAt(page: Page, point: { x: number; y: number }): Promise<boolean> {
  return canvas(page).evaluate(
    (region, { x, y }) =>
      new Promise<boolean>((resolve) => {
        const read = () => {
          const layers = [...region.querySelectorAll('canvas')];
          resolve(
            layers.some((layer) => {
              const box = layer.getBoundingClientRect();
              const scale = layer.width / box.width;
              const left = Math.round((x - box.left) * scale);
              const top = Math.round((y - box.top) * scale);
              const pixel = layer.getContext('2d')?.getImageData(left, top, 1, 1);
              return (pixel?.data[3] ?? 0) > 0;
            }),
          );
        };
        requestAnimationFrame(() => requestAnimationFrame(read));
      }),
    point,
  );
}

describe.skipIf(withoutChromium)('the map editor', () => {
  let session: AppSession;

  beforeEach(async () => {
    session = await launchApp();
  });

  afterEach(async () => {
    try {
      expectNoProblems(session.problems);
    } finally {
      await session.dispose();
    }
  });

  test('keeps nodes, a relationship and edited fields across a reload and a restart', async () => {
    let { page } = session;
    const mapId = await createMap(page, 'Data panel');
    await inspector(page).getByText('Nothing selected').waitFor();

    await addNode(page, 'Person', 'Ada Lovelace');
    await addNode(page, 'Organisation', 'Cabinet Office');
    // Enter in the label box adds too.
    const tools = toolbar(page);
    await tools.getByRole('combobox', { name: 'New node kind' }).selectOption({ label: 'Event' });
    await tools.getByRole('textbox', { name: 'New node label' }).fill('Panel workshop');
    await tools.getByRole('textbox', { name: 'New node label' }).press('Enter');
    await eventually(() => inspectorField(page, 'Label').inputValue()).toBe('Panel workshop');

    await goToNode(page, 'Ada Lovelace');
    await connectSelectedTo(page, 'Cabinet Office', 'works for');
    await editInspectorField(page, 'Label', 'Ada King');
    await editInspectorField(page, 'Description', 'Chairs the panel.');
    await editInspectorField(page, 'Tags', 'panel, data');
    await waitForSaved(page);
    await eventually(async () =>
      (await readMapRecords(page, 'nodes', mapId)).find((node) => node.kind === 'person'),
    ).toMatchObject({
      label: 'Ada King',
      description: 'Chairs the panel.',
      tags: ['panel', 'data'],
    });

    const expectEverythingThere = async () => {
      await waitForEditor(page, 'Data panel');
      expect(await readMapCounts(page)).toEqual({ nodes: 3, relationships: 1 });
      expect(await goToNodeLabels(page)).toEqual(['Ada King', 'Cabinet Office', 'Panel workshop']);
      await goToNode(page, 'Ada King');
      expect(await inspectorField(page, 'Description').inputValue()).toBe('Chairs the panel.');
      expect(await inspectorField(page, 'Tags').inputValue()).toBe('panel, data');
      expect(
        await inspector(page).getByRole('combobox', { name: 'Kind', exact: true }).inputValue(),
      ).toBe('person');
      await relationshipButton(page, 'works for → Cabinet Office').waitFor();

      const nodes = await readMapRecords(page, 'nodes', mapId);
      expect(nodes.map((node) => [node.kind, node.label]).sort()).toEqual([
        ['event', 'Panel workshop'],
        ['organisation', 'Cabinet Office'],
        ['person', 'Ada King'],
      ]);
      const byLabel = new Map(nodes.map((node) => [node.label, node]));
      const relationships = await readMapRecords(page, 'relationships', mapId);
      expect(relationships).toEqual([
        expect.objectContaining({
          sourceId: byLabel.get('Ada King')?.id,
          targetId: byLabel.get('Cabinet Office')?.id,
          kind: 'works-for',
        }),
      ]);
    };

    await page.reload();
    await expectEverythingThere();

    session = await session.relaunch();
    page = session.page;
    await expectEverythingThere();
  });

  test('dragging a node on the canvas moves it, and the move is saved', async () => {
    const { page } = session;
    const mapId = await createMap(page, 'Drag test');
    await addNode(page, 'Person', 'Ada Lovelace');
    await addNode(page, 'Organisation', 'Cabinet Office');
    await waitForSaved(page);
    await eventually(async () => (await readMapRecords(page, 'nodes', mapId)).length).toBe(2);
    const before = await positionsByLabel(page, mapId);

    // "Go to node" centres the node, so it is under the middle of the canvas. Without the glide
    // that centring is on a small map: under load the drag began while the view still moved, and
    // the node went where the pointer met it mid-glide.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await goToNode(page, 'Ada Lovelace');
    const box = await canvas(page).boundingBox();
    if (box === null) throw new Error('The canvas is not visible.');
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(centre.x, centre.y);
    expect(await drawnAt(page, centre)).toBe(true);
    await page.mouse.down();
    await page.mouse.move(centre.x + 120, centre.y + 80, { steps: 12 });
    // Mid-drag the node is under the pointer and gone from where it was: only the dragged node's
    // layer is redrawn as it moves (dragLayerRedraw.ts), so the rest must have been redrawn
    // without it when the drag began.
    expect(await drawnAt(page, { x: centre.x + 120, y: centre.y + 80 })).toBe(true);
    expect(await drawnAt(page, centre)).toBe(false);
    await page.mouse.up();
    expect(await drawnAt(page, { x: centre.x + 120, y: centre.y + 80 })).toBe(true);
    expect(await drawnAt(page, centre)).toBe(false);

    await eventually(async () => (await positionsByLabel(page, mapId))['Ada Lovelace']).not.toEqual(
      before['Ada Lovelace'],
    );
    await waitForSaved(page);
    await page.reload();
    await waitForEditor(page, 'Drag test');

    const after = await positionsByLabel(page, mapId);
    const from = before['Ada Lovelace'];
    const to = after['Ada Lovelace'];
    if (!from || !to) throw new Error('Ada Lovelace has no stored position.');
    const dx = to.x - from.x;
    const dy = to.y - from.y;
    // The canvas zoom scales the move; its direction and proportions are the pointer's.
    expect(dx).toBeGreaterThan(0);
    expect(dy).toBeGreaterThan(0);
    expect(dx / dy).toBeCloseTo(120 / 80, 1);
    expect(after['Cabinet Office']).toEqual(before['Cabinet Office']);
  });

  test('deleting a node deletes its relationships', async () => {
    const { page } = session;
    const mapId = await createMap(page, 'Delete test');
    await addNode(page, 'Person', 'Ada Lovelace');
    await addNode(page, 'Network', 'Data panel');
    await connectSelectedTo(page, 'Ada Lovelace', 'organises');
    await waitForSaved(page);
    await eventually(() => mapCounts(page).textContent()).toBe('2 nodes · 1 relationship');

    await goToNode(page, 'Ada Lovelace');
    await relationshipButton(page, 'organises ← Data panel').waitFor();
    await inspector(page).getByRole('button', { name: 'Delete node', exact: true }).click();

    await eventually(() => mapCounts(page).textContent()).toBe('1 node · 0 relationships');
    await inspector(page).getByText('Nothing selected').waitFor();
    expect(await goToNodeLabels(page)).toEqual(['Data panel']);
    await waitForSaved(page);
    await eventually(async () =>
      (await readMapRecords(page, 'nodes', mapId)).map((node) => node.label),
    ).toEqual(['Data panel']);
    expect(await readMapRecords(page, 'relationships', mapId)).toEqual([]);
  });

  test('running a layout moves the nodes, and the new positions persist', async () => {
    const { page } = session;
    const mapId = await createMap(page, 'Layout test');
    for (const [kind, label] of [
      ['Person', 'Ada Lovelace'],
      ['Organisation', 'Cabinet Office'],
      ['Network', 'Data panel'],
      ['Event', 'Panel workshop'],
      ['Channel', 'Panel wiki'],
    ]) {
      await addNode(page, kind ?? '', label ?? '');
    }
    await connectSelectedTo(page, 'Data panel', 'uses channel');
    await goToNode(page, 'Ada Lovelace');
    await connectSelectedTo(page, 'Data panel', 'member of');
    await waitForSaved(page);
    await eventually(async () => (await readMapRecords(page, 'nodes', mapId)).length).toBe(5);
    const before = await positionsByLabel(page, mapId);

    await toolbar(page).getByRole('button', { name: 'Run layout', exact: true }).click();
    await eventually(async () => positionsByLabel(page, mapId)).not.toEqual(before);
    await waitForSaved(page);
    const laidOut = await positionsByLabel(page, mapId);

    await page.reload();
    await waitForEditor(page, 'Layout test');
    expect(await positionsByLabel(page, mapId)).toEqual(laidOut);
    expect(await readMapCounts(page)).toEqual({ nodes: 5, relationships: 2 });
  });
});
