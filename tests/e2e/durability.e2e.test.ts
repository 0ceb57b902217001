// Nothing acknowledged is lost: over 200 edits of every kind through the real UI, then the moment
// the header says "All changes saved" Chromium is killed with SIGKILL (no shutdown, no flush), started
// again on the same profile, and every edit is looked for in IndexedDB. Also: two tabs on one
// database stay in step through live queries.

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, test } from 'vitest';
import type { Relationship, StakeMap, StakeNode } from '@shared/domain/types';
import {
  addNode,
  connectSelectedTo,
  createMap,
  editInspectorField,
  goToNode,
  inspector,
  mapCounts,
  mapListItem,
  readMapCounts,
  waitForEditor,
  waitForSaved,
} from './support/app';
import { expectNoProblems, launchApp, type AppSession } from './support/browser';
import { withoutChromium } from './support/chromium';
import { readMapRecords, readStore } from './support/indexedDb';
import { launchKillableBrowser, type KillableBrowser } from './support/killableBrowser';
import { eventually } from './support/wait';

interface StoredState {
  map: StakeMap | undefined;
  nodes: StakeNode[];
  relationships: Relationship[];
}

interface Edit {
  what: string;
  /** True when the edit's effect is in the stored state. */
  isIn(state: StoredState): boolean;
}

async function readState(page: Page, mapId: string): Promise<StoredState> {
  const maps = await readStore(page, 'maps');
  return {
    map: maps.find((map) => map.id === mapId),
    nodes: await readMapRecords(page, 'nodes', mapId),
    relationships: await readMapRecords(page, 'relationships', mapId),
  };
}

const EXAMPLE_MAP_NAME = 'Local Public Data Panel: engagement';
const KINDS = ['Person', 'Organisation', 'Network', 'Community', 'Event', 'Channel'] as const;
const NODE_COUNT = 40;
const KEPT = 30; // nodes 31..40 are deleted at the end
const NUDGED_TWICE = 10; // nodes 1..30 are nudged right, nodes 1..10 then down
const DESCRIBED = 20;
const NUDGE_STEP = 10;

const initialLabel = (i: number) => `Node ${String(i).padStart(2, '0')}`;
const finalLabel = (i: number) => `Stakeholder ${String(i).padStart(2, '0')}`;
const tagsOf = (i: number) => [`tag-${i}`, `group-${i % 4}`];
const kindOf = (i: number) => KINDS[i % KINDS.length] ?? 'Person';

const byLabel = (state: StoredState, label: string) =>
  state.nodes.find((node) => node.label === label);

function hasRelationship(state: StoredState, from: number, to: number, kind: string): boolean {
  const source = byLabel(state, finalLabel(from));
  const target = byLabel(state, finalLabel(to));
  return state.relationships.some(
    (rel) => rel.sourceId === source?.id && rel.targetId === target?.id && rel.kind === kind,
  );
}

/** Moves the keyboard focus out of any field, so arrow keys reach the editor's shortcuts. */
async function blur(page: Page): Promise<void> {
  await page.evaluate(() => {
    const active = document.activeElement;
    if (active instanceof HTMLElement) active.blur();
  });
}

async function positionOf(page: Page, mapId: string, label: string) {
  const node = (await readMapRecords(page, 'nodes', mapId)).find((n) => n.label === label);
  if (!node) throw new Error(`${label} is not stored`);
  return node.position;
}

describe.skipIf(withoutChromium)('durability', () => {
  let killable: KillableBrowser | undefined;
  let session: AppSession | undefined;
  let profile: string | undefined;

  afterEach(async () => {
    await killable?.close();
    killable = undefined;
    await session?.dispose();
    session = undefined;
    if (profile) await rm(profile, { recursive: true, force: true });
    profile = undefined;
  });

  test(
    'finds every one of 210 edits after Chromium is killed with SIGKILL',
    { timeout: 900_000 },
    async () => {
      profile = await mkdtemp(join(tmpdir(), 'stakemap-kill-'));
      const appUrl = inject('appUrl');
      killable = await launchKillableBrowser(profile, new URL('#/', appUrl).toString());
      let page = killable.page;
      const mapId = await createMap(page, 'Kill test');
      const edits: Edit[] = [];

      // 40 nodes of every kind, from the toolbar.
      for (let i = 1; i <= NODE_COUNT; i += 1) {
        await addNode(page, kindOf(i), initialLabel(i));
        const kind = kindOf(i).toLowerCase();
        edits.push({
          what: `add ${initialLabel(i)}`,
          isIn: (state) =>
            i > KEPT
              ? true // checked by its delete below
              : byLabel(state, finalLabel(i))?.kind === kind,
        });
      }
      await waitForSaved(page);

      for (let i = 1; i <= KEPT; i += 1) {
        await goToNode(page, initialLabel(i));
        const before = await positionOf(page, mapId, initialLabel(i));

        await editInspectorField(page, 'Label', finalLabel(i));
        edits.push({
          what: `rename ${initialLabel(i)}`,
          isIn: (state) => byLabel(state, finalLabel(i)) !== undefined,
        });

        await editInspectorField(page, 'Tags', tagsOf(i).join(', '));
        edits.push({
          what: `tag ${finalLabel(i)}`,
          isIn: (state) =>
            JSON.stringify(byLabel(state, finalLabel(i))?.tags) === JSON.stringify(tagsOf(i)),
        });

        if (i <= DESCRIBED) {
          await editInspectorField(page, 'Description', `Notes on stakeholder ${i}.`);
          edits.push({
            what: `describe ${finalLabel(i)}`,
            isIn: (state) =>
              byLabel(state, finalLabel(i))?.description === `Notes on stakeholder ${i}.`,
          });
        }

        // Connections go forward to nodes not yet renamed, so they are offered by initial label.
        if (i < KEPT) {
          await connectSelectedTo(page, initialLabel(i + 1), 'influences');
          edits.push({
            what: `connect ${i} → ${i + 1}`,
            isIn: (state) => hasRelationship(state, i, i + 1, 'influences'),
          });
        }
        if (i <= 11) {
          await connectSelectedTo(page, initialLabel(i + 5), 'collaborates');
          edits.push({
            what: `connect ${i} → ${i + 5}`,
            isIn: (state) => hasRelationship(state, i, i + 5, 'collaborates'),
          });
        }

        await blur(page);
        await page.keyboard.press('ArrowRight');
        await eventually(async () => (await positionOf(page, mapId, finalLabel(i))).x).toBe(
          before.x + NUDGE_STEP,
        );
        edits.push({
          what: `nudge ${finalLabel(i)} right`,
          isIn: (state) => byLabel(state, finalLabel(i))?.position.x === before.x + NUDGE_STEP,
        });
      }

      // A second nudge on a later visit: the editor nudges from the position it last rendered, so
      // two presses within one live-query round trip would test the editor, not the storage.
      for (let i = 1; i <= NUDGED_TWICE; i += 1) {
        await goToNode(page, finalLabel(i));
        const before = await positionOf(page, mapId, finalLabel(i));
        await blur(page);
        await page.keyboard.press('ArrowDown');
        await eventually(async () => (await positionOf(page, mapId, finalLabel(i))).y).toBe(
          before.y + NUDGE_STEP,
        );
        edits.push({
          what: `nudge ${finalLabel(i)} down`,
          isIn: (state) => {
            const node = byLabel(state, finalLabel(i));
            return node?.position.y === before.y + NUDGE_STEP && node.position.x === before.x;
          },
        });
      }

      for (let i = KEPT + 1; i <= NODE_COUNT; i += 1) {
        await goToNode(page, initialLabel(i));
        await inspector(page).getByRole('button', { name: 'Delete node', exact: true }).click();
        await inspector(page).getByText('Nothing selected').waitFor();
        edits.push({
          what: `delete ${initialLabel(i)}`,
          isIn: (state) => byLabel(state, initialLabel(i)) === undefined,
        });
      }

      // The user's acknowledgement: the header says every change has reached the disk.
      await waitForSaved(page);
      const acknowledged = await readState(page, mapId);
      expect(edits.length).toBeGreaterThanOrEqual(200);
      expect(edits.filter((edit) => !edit.isIn(acknowledged)).map((e) => e.what)).toEqual([]);
      expect(killable.pageErrors).toEqual([]);
      expect(killable.foreignRequests).toEqual([]);

      // No shutdown, no flush: every Chromium process of this browser dies at once.
      const signal = await killable.kill();
      killable = undefined;
      expect(signal).toBe('SIGKILL');

      killable = await launchKillableBrowser(
        profile,
        new URL(`#/maps/${encodeURIComponent(mapId)}`, appUrl).toString(),
      );
      page = killable.page;
      await waitForEditor(page, 'Kill test');
      const recovered = await readState(page, mapId);
      const found = edits.filter((edit) => edit.isIn(recovered));
      console.info(
        `durability: ${edits.length} edits made, ${found.length} found after SIGKILL ` +
          `(${recovered.nodes.length} nodes, ${recovered.relationships.length} relationships)`,
      );
      expect(edits.filter((edit) => !edit.isIn(recovered)).map((e) => e.what)).toEqual([]);
      expect(recovered).toEqual(acknowledged);
      expect(await readMapCounts(page)).toEqual({ nodes: KEPT, relationships: KEPT - 1 + 11 });
      expect(killable.pageErrors).toEqual([]);
    },
  );

  test('Export everything, then Import everything, brings back every map record for record', async () => {
    session = await launchApp();
    const { page } = session;
    await page.getByRole('button', { name: 'Open example map', exact: true }).click();
    await waitForEditor(page, EXAMPLE_MAP_NAME);
    await waitForSaved(page);
    await page.getByRole('button', { name: 'Back to maps' }).click();
    const ownId = await createMap(page, 'Own map');
    await addNode(page, 'Person', 'Ada Lovelace');
    await waitForSaved(page);
    await page.getByRole('button', { name: 'Back to maps' }).click();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export everything', exact: true }).click();
    const file = await download;
    const text = await readFile(await file.path(), 'utf8');
    const before = await readStore(page, 'maps');
    expect(before).toHaveLength(2);

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import everything…', exact: true }).click();
    await (
      await chooser
    ).setFiles({
      name: file.suggestedFilename(),
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await page.getByText(/^Imported 2 maps from .* as new maps\.$/).waitFor();

    const after = await readStore(page, 'maps');
    expect(after).toHaveLength(4);
    const withoutKeys = (records: Array<{ mapId: string; updatedAt?: string }>) =>
      records.map(({ mapId: _mapId, ...rest }) => JSON.stringify(rest)).sort();
    for (const original of before) {
      const copy = after.find((map) => map.name === original.name && map.id !== original.id);
      expect(copy, original.name).toBeDefined();
      for (const store of [
        'nodes',
        'relationships',
        'interactions',
        'actions',
        'messages',
      ] as const) {
        expect(withoutKeys(await readMapRecords(page, store, copy?.id ?? '')), store).toEqual(
          withoutKeys(await readMapRecords(page, store, original.id)),
        );
      }
    }
    expect(after.some((map) => map.id === ownId)).toBe(true);
    expectNoProblems(session.problems);
  });

  test('two tabs on one database show each other’s edits', async () => {
    session = await launchApp();
    const first = session.page;
    const mapId = await createMap(first, 'Shared map');
    await addNode(first, 'Person', 'Ada Lovelace');
    await waitForSaved(first);

    const second = await session.context.newPage();
    await second.goto(new URL(`#/maps/${encodeURIComponent(mapId)}`, session.appUrl).toString());
    await waitForEditor(second, 'Shared map');
    await eventually(() => mapCounts(second).textContent()).toBe('1 node · 0 relationships');

    // An edit in the second tab reaches the first without a reload…
    await addNode(second, 'Organisation', 'Cabinet Office');
    await eventually(() => mapCounts(first).textContent()).toBe('2 nodes · 0 relationships');
    // …and one in the first reaches the second.
    await goToNode(first, 'Ada Lovelace');
    await connectSelectedTo(first, 'Cabinet Office', 'works for');
    await eventually(() => mapCounts(second).textContent()).toBe('2 nodes · 1 relationship');
    await goToNode(second, 'Ada Lovelace');
    await editInspectorField(second, 'Label', 'Ada King');
    await eventually(async () => {
      await goToNode(first, 'Ada King').catch(() => undefined);
      return (await readMapRecords(first, 'nodes', mapId)).map((n) => n.label).sort();
    }).toEqual(['Ada King', 'Cabinet Office']);

    // The map list in a third tab is live too.
    const list = await session.context.newPage();
    await list.goto(new URL('#/', session.appUrl).toString());
    await mapListItem(list, 'Shared map').getByText('2 nodes · 1 relationship').waitFor();
    await addNode(first, 'Event', 'Panel workshop');
    await mapListItem(list, 'Shared map').getByText('3 nodes · 1 relationship').waitFor();
    await waitForSaved(first);
    expectNoProblems(session.problems);
  });
});
