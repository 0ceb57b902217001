// Native files in the browser host: an export is a valid version 1 envelope; importing it makes a
// new map that exports to the same file; a broken file is refused with an alert that says where
// the problem is, and changes nothing.

import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  addNode,
  backToMaps,
  connectSelectedTo,
  createMap,
  editInspectorField,
  goToNode,
  mapIdFromUrl,
  mapListItems,
  readMapCounts,
  waitForEditor,
  waitForSaved,
} from './support/app';
import { useAppSession } from './support/session';
import { withoutChromium } from './support/chromium';
import {
  exportCurrentMap,
  importFile,
  type ExportedEnvelope,
  type ExportedRecord,
} from './support/files';
import { readMapRecords, readStore } from './support/indexedDb';
import { eventually } from './support/wait';

const EXAMPLE_MAP_NAME = 'Local Public Data Panel: engagement';

const byId = (records: readonly ExportedRecord[]) =>
  [...records].sort((a, b) => a.id.localeCompare(b.id));

/** What two exports of the same content share: all but the map's id and the timestamps. */
function content(envelope: ExportedEnvelope) {
  const { exportedAt: _exportedAt, map, ...rest } = envelope;
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...mapFields } = map;
  return {
    ...rest,
    map: mapFields,
    nodes: byId(rest.nodes),
    relationships: byId(rest.relationships),
    interactions: byId(rest.interactions),
    actions: byId(rest.actions),
    messages: byId(rest.messages),
  };
}

/** One map's stored records with the mapId left out, as a file carries them. */
async function storedAsInFile(page: Page, mapId: string) {
  const strip = ({ mapId: _mapId, ...record }: { mapId: string; id: string }) => record;
  const read = async (store: 'nodes' | 'relationships' | 'interactions' | 'actions' | 'messages') =>
    byId((await readMapRecords(page, store, mapId)).map(strip));
  return {
    nodes: await read('nodes'),
    relationships: await read('relationships'),
    interactions: await read('interactions'),
    actions: await read('actions'),
    messages: await read('messages'),
  };
}

async function buildSmallMap(page: Page): Promise<string> {
  const mapId = await createMap(page, 'Round trip');
  await addNode(page, 'Person', 'Ada Lovelace');
  await editInspectorField(page, 'Description', 'Chairs the panel.');
  await editInspectorField(page, 'Tags', 'panel, data');
  await addNode(page, 'Organisation', 'Cabinet Office');
  await addNode(page, 'Channel', 'Panel wiki');
  await goToNode(page, 'Ada Lovelace');
  await connectSelectedTo(page, 'Cabinet Office', 'works for');
  await connectSelectedTo(page, 'Panel wiki', 'uses channel');
  await waitForSaved(page);
  await eventually(async () => (await readMapRecords(page, 'relationships', mapId)).length).toBe(2);
  return mapId;
}

describe.skipIf(withoutChromium)('map files', () => {
  const session = useAppSession();

  test('exports a version 1 envelope holding exactly what is stored', async () => {
    const { page } = session();
    const mapId = await buildSmallMap(page);
    const exported = await exportCurrentMap(page);

    expect(exported.fileName).toBe('Round trip.stakemap.json');
    const { envelope } = exported;
    expect(Number.isNaN(Date.parse(envelope.exportedAt))).toBe(false);
    expect(envelope.map).toMatchObject({ id: mapId, name: 'Round trip' });
    expect(envelope.nodes).toHaveLength(3);
    expect(envelope.relationships).toHaveLength(2);
    for (const record of [...envelope.nodes, ...envelope.relationships]) {
      expect(record).not.toHaveProperty('mapId');
    }
    for (const node of envelope.nodes) {
      expect(node.position).toEqual({ x: expect.any(Number), y: expect.any(Number) });
    }
    expect(envelope.nodes.find((node) => node.label === 'Ada Lovelace')).toMatchObject({
      kind: 'person',
      description: 'Chairs the panel.',
      tags: ['panel', 'data'],
    });
    const stored = await storedAsInFile(page, mapId);
    expect(byId(envelope.nodes)).toEqual(stored.nodes);
    expect(byId(envelope.relationships)).toEqual(stored.relationships);
  });

  test('importing an export makes a new map that exports to the same file', async () => {
    const { page } = session();
    const originalId = await buildSmallMap(page);
    const first = await exportCurrentMap(page);
    const originalBefore = await storedAsInFile(page, originalId);

    await importFile(page, first.fileName, first.text);
    await eventually(() => new URL(page.url()).hash).not.toBe(`#/maps/${originalId}`);
    await waitForEditor(page, 'Round trip');
    const importedId = mapIdFromUrl(page);
    expect(await readMapCounts(page)).toEqual({ nodes: 3, relationships: 2 });
    expect(await readStore(page, 'maps')).toHaveLength(2);

    const imported = await storedAsInFile(page, importedId);
    expect(imported.nodes).toEqual(byId(first.envelope.nodes));
    expect(imported.relationships).toEqual(byId(first.envelope.relationships));
    expect(await storedAsInFile(page, originalId)).toEqual(originalBefore);

    const second = await exportCurrentMap(page);
    expect(second.envelope.map.id).toBe(importedId);
    expect(byId(second.envelope.nodes)).toEqual(byId(first.envelope.nodes));
    expect(byId(second.envelope.relationships)).toEqual(byId(first.envelope.relationships));
    expect(content(second.envelope)).toEqual(content(first.envelope));
  });

  test('the example map survives an export and import unchanged', async () => {
    const { page } = session();
    await page.getByRole('button', { name: 'Open example map', exact: true }).click();
    await waitForEditor(page, EXAMPLE_MAP_NAME);
    const first = await exportCurrentMap(page);
    expect(first.fileName).toMatch(/\.stakemap\.json$/);
    expect(first.envelope.nodes.length).toBeGreaterThan(30);

    await importFile(page, first.fileName, first.text);
    await eventually(async () => (await readStore(page, 'maps')).length).toBe(2);
    await eventually(() => mapIdFromUrl(page)).not.toBe(first.envelope.map.id);
    await waitForEditor(page, EXAMPLE_MAP_NAME);
    const second = await exportCurrentMap(page);
    expect(content(second.envelope)).toEqual(content(first.envelope));
  });

  test('refuses broken files with an alert saying where, and changes nothing', async () => {
    const { page } = session();
    await buildSmallMap(page);
    const { envelope, text } = await exportCurrentMap(page);
    await backToMaps(page);
    const mapsBefore = await readStore(page, 'maps');
    expect(mapsBefore).toHaveLength(1);

    const variant = (change: (copy: ExportedEnvelope) => void): string => {
      const copy = structuredClone(envelope);
      change(copy);
      return JSON.stringify(copy, null, 2);
    };
    const setField = (record: ExportedRecord | undefined, key: string, value: unknown) => {
      if (!record) throw new Error(`The base file has no record to set ${key} on.`);
      record[key] = value;
    };
    const broken: ReadonlyArray<{ name: string; text: string; says: string[] }> = [
      { name: 'not-json.stakemap.json', text: text.slice(0, 40), says: ['not valid JSON'] },
      {
        name: 'wrong-format.stakemap.json',
        text: variant((copy) => (copy.format = 'kumu')),
        says: ['not a Stakemap file'],
      },
      {
        name: 'newer.stakemap.json',
        text: variant((copy) => (copy.version = 99)),
        says: ['newer version', '99'],
      },
      {
        name: 'missing-node.stakemap.json',
        text: variant((copy) => setField(copy.relationships[0], 'targetId', 'no-such-node')),
        says: ['relationships[0].targetId', 'no-such-node'],
      },
      {
        name: 'duplicate-ids.stakemap.json',
        text: variant((copy) => setField(copy.nodes[1], 'id', copy.nodes[0]?.id)),
        says: ['nodes[1].id'],
      },
      {
        name: 'wrong-kind.stakemap.json',
        text: variant((copy) => setField(copy.nodes[0], 'kind', 'dragon')),
        says: ['nodes[0].kind', 'dragon'],
      },
    ];

    for (const file of broken) {
      await importFile(page, file.name, file.text);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      const message = (await alert.textContent()) ?? '';
      expect(message, file.name).toContain(file.name);
      for (const words of file.says) expect(message, file.name).toContain(words);

      expect(new URL(page.url()).hash, file.name).toBe('#/');
      expect(await mapListItems(page).count(), file.name).toBe(1);
      expect(await readStore(page, 'maps'), file.name).toEqual(mapsBefore);
      await alert.getByRole('button', { name: 'Dismiss', exact: true }).click();
      await alert.waitFor({ state: 'detached' });
    }
  });
});
