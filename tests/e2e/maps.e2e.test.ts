// The map list: a first-time user sees an empty state, then creates, renames, duplicates and
// deletes maps. Every step is checked in the list a user sees and in IndexedDB.

import { describe, expect, test } from 'vitest';
import {
  addNode,
  backToMaps,
  createMap,
  mapList,
  mapListItem,
  mapListItems,
  statusMessage,
  waitForSaved,
} from './support/app';
import { useAppSession } from './support/session';
import { withoutChromium } from './support/chromium';
import { readMapRecords, readStore } from './support/indexedDb';
import { eventually } from './support/wait';

describe.skipIf(withoutChromium)('the map list', () => {
  const session = useAppSession();

  const mapNames = async () => (await readStore(session().page, 'maps')).map((map) => map.name);

  test('starts empty and offers the ways to begin', async () => {
    const { page } = session();
    await page.getByRole('heading', { level: 1, name: 'Stakemap' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Your maps' }).waitFor();
    await page.getByText('No maps yet').waitFor();
    for (const name of ['New map', 'Open example map', 'Import…']) {
      expect(await page.getByRole('button', { name, exact: true }).isEnabled(), name).toBe(true);
    }
    expect(await mapList(page).count()).toBe(0);
    expect(await readStore(page, 'maps')).toEqual([]);
  });

  test('creates a map, opens it, and lists it with its size', async () => {
    const { page } = session();
    const mapId = await createMap(page, 'Council partners');
    const [stored] = await readStore(page, 'maps');
    expect(stored).toMatchObject({ id: mapId, name: 'Council partners' });

    await backToMaps(page);
    const item = mapListItem(page, 'Council partners');
    await item.waitFor();
    expect(await mapListItems(page).count()).toBe(1);
    await item.getByText('0 nodes · 0 relationships').waitFor();
    await item.getByText(/^Changed /).waitFor();
    expect(await page.getByText('No maps yet').count()).toBe(0);

    await item.getByRole('button', { name: 'Open Council partners' }).click();
    await page.getByRole('heading', { level: 1, name: 'Council partners' }).waitFor();
    expect(new URL(page.url()).hash).toBe(`#/maps/${mapId}`);
  });

  test('renames a map', async () => {
    const { page } = session();
    const mapId = await createMap(page, 'Council partners');
    await backToMaps(page);

    await page.getByRole('button', { name: 'Rename Council partners', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Rename map' });
    const nameBox = dialog.getByRole('textbox', { name: 'Map name' });
    expect(await nameBox.inputValue()).toBe('Council partners');
    await nameBox.fill('Council partners 2026');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();

    await mapListItem(page, 'Council partners 2026').waitFor();
    await dialog.waitFor({ state: 'detached' });
    expect(await mapListItem(page, 'Council partners').count()).toBe(0);
    await statusMessage(page, 'Council partners 2026').waitFor();
    expect(await readStore(page, 'maps')).toEqual([
      expect.objectContaining({ id: mapId, name: 'Council partners 2026' }),
    ]);
  });

  test('duplicates a map with its contents', async () => {
    const { page } = session();
    const mapId = await createMap(page, 'Council partners');
    await addNode(page, 'Organisation', 'Cabinet Office');
    await waitForSaved(page);
    await backToMaps(page);

    await page.getByRole('button', { name: 'Duplicate Council partners', exact: true }).click();
    const copy = mapListItem(page, 'Council partners (copy)');
    await copy.waitFor();
    await copy.getByText('1 node · 0 relationships').waitFor();
    expect(await mapListItems(page).count()).toBe(2);

    await eventually(mapNames).toHaveLength(2);
    expect((await mapNames()).sort()).toEqual(['Council partners', 'Council partners (copy)']);
    const maps = await readStore(page, 'maps');
    const copyId = maps.find((map) => map.name === 'Council partners (copy)')?.id ?? '';
    expect(copyId).not.toBe(mapId);
    const copiedNodes = await readMapRecords(page, 'nodes', copyId);
    expect(copiedNodes.map((node) => node.label)).toEqual(['Cabinet Office']);
    expect((await readMapRecords(page, 'nodes', mapId)).map((node) => node.label)).toEqual([
      'Cabinet Office',
    ]);
  });

  test('asks before deleting a map: Cancel keeps it, "Delete map" removes it', async () => {
    const { page } = session();
    const keptId = await createMap(page, 'Keep me');
    await backToMaps(page);
    const mapId = await createMap(page, 'Old plan');
    await addNode(page, 'Person', 'Ada Lovelace');
    await addNode(page, 'Network', 'Data panel');
    await waitForSaved(page);
    await backToMaps(page);

    const askToDelete = async () => {
      await page.getByRole('button', { name: 'Delete Old plan', exact: true }).click();
      const dialog = page.getByRole('alertdialog');
      await dialog.waitFor();
      const text = (await dialog.textContent()) ?? '';
      expect(text).toContain('Old plan');
      expect(text).toContain('2 nodes');
      expect(text).toContain('0 relationships');
      return dialog;
    };

    const first = await askToDelete();
    await first.getByRole('button', { name: 'Cancel', exact: true }).click();
    await first.waitFor({ state: 'detached' });
    await mapListItem(page, 'Old plan').waitFor();
    expect(await mapListItems(page).count()).toBe(2);
    expect((await mapNames()).sort()).toEqual(['Keep me', 'Old plan']);
    expect(await readMapRecords(page, 'nodes', mapId)).toHaveLength(2);

    const second = await askToDelete();
    await second.getByRole('button', { name: 'Delete map', exact: true }).click();
    await mapListItem(page, 'Old plan').waitFor({ state: 'detached' });
    expect(await mapListItems(page).count()).toBe(1);
    await eventually(mapNames).toEqual(['Keep me']);
    expect(await readMapRecords(page, 'nodes', mapId)).toEqual([]);
    expect((await readStore(page, 'maps'))[0]?.id).toBe(keptId);
  });
});
