// What a user does in Stakemap, in the words of the UI contract (roles and accessible names), so
// the tests read as user stories and a renamed control breaks in one place.

import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { eventually } from './wait';

export const mapList = (page: Page): Locator => page.getByRole('list', { name: 'Maps' });

export const mapListItems = (page: Page): Locator => mapList(page).getByRole('listitem');

/** The list item of one map, found by its "Open <name>" button. */
export const mapListItem = (page: Page, name: string): Locator =>
  mapListItems(page).filter({
    has: page.getByRole('button', { name: `Open ${name}`, exact: true }),
  });

export const toolbar = (page: Page): Locator => page.getByRole('toolbar', { name: 'Map tools' });

export const inspector = (page: Page): Locator =>
  page.getByRole('complementary', { name: 'Inspector' });

export const canvas = (page: Page): Locator => page.getByRole('region', { name: 'Network map' });

export const statusMessage = (page: Page, text: string | RegExp): Locator =>
  page.getByRole('status').filter({ hasText: text });

/** The editor's "N nodes · M relationships" line. */
export const mapCounts = (page: Page): Locator =>
  page.getByText(/^\d+ nodes? · \d+ relationships?$/);

export function mapIdFromUrl(page: Page): string {
  const match = /^#\/maps\/([^/?#]+)$/.exec(new URL(page.url()).hash);
  if (!match?.[1]) throw new Error(`Not on a map: ${page.url()}`);
  return decodeURIComponent(match[1]);
}

/** Waits until the save indicator says every change has reached IndexedDB. */
export async function waitForSaved(page: Page): Promise<void> {
  await statusMessage(page, 'All changes saved').waitFor();
}

export async function waitForEditor(page: Page, mapName: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: mapName, exact: true }).waitFor();
  await toolbar(page).waitFor();
}

/** Creates a map from the map list and waits for its editor; returns its id. */
export async function createMap(page: Page, name: string): Promise<string> {
  await page.getByRole('button', { name: 'New map', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'New map' });
  await dialog.getByRole('textbox', { name: 'Map name' }).fill(name);
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await waitForEditor(page, name);
  return mapIdFromUrl(page);
}

export async function backToMaps(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Back to maps' }).click();
  await page.getByRole('heading', { level: 2, name: 'Your maps' }).waitFor();
}

/** Adds a node from the toolbar; the new node is selected, so the inspector shows its label. */
export async function addNode(page: Page, kind: string, label: string): Promise<void> {
  const tools = toolbar(page);
  await tools.getByRole('combobox', { name: 'New node kind' }).selectOption({ label: kind });
  await tools.getByRole('textbox', { name: 'New node label' }).fill(label);
  await tools.getByRole('button', { name: 'Add node', exact: true }).click();
  await eventually(() => inspectorField(page, 'Label').inputValue()).toBe(label);
}

/** Selects a node through the toolbar's "Go to node", which also centres it on the canvas. */
export async function goToNode(page: Page, label: string): Promise<void> {
  await toolbar(page).getByRole('combobox', { name: 'Go to node' }).selectOption({ label });
  await eventually(() => inspectorField(page, 'Label').inputValue()).toBe(label);
}

/** The labels "Go to node" offers, which is every node on the map. */
export async function goToNodeLabels(page: Page): Promise<string[]> {
  const options = toolbar(page).getByRole('combobox', { name: 'Go to node' }).locator('option');
  const labels = await options.evaluateAll((elements: HTMLOptionElement[]) =>
    elements.filter((option) => option.value !== '').map((option) => option.textContent ?? ''),
  );
  return labels.sort();
}

export function inspectorField(page: Page, name: string): Locator {
  return inspector(page).getByRole('textbox', { name, exact: true });
}

/** Types into an inspector text field and leaves it, which saves it at once. */
export async function editInspectorField(page: Page, name: string, text: string): Promise<void> {
  const field = inspectorField(page, name);
  await field.fill(text);
  await field.press('Tab');
}

/** Connects the selected node to another one through the inspector's "Connect to" form. */
export async function connectSelectedTo(page: Page, target: string, kind: string): Promise<void> {
  const panel = inspector(page);
  await panel.getByRole('combobox', { name: 'Connect to', exact: true }).selectOption({
    label: target,
  });
  await panel.getByRole('combobox', { name: 'Relationship kind', exact: true }).selectOption({
    label: kind,
  });
  await panel.getByRole('button', { name: 'Add relationship', exact: true }).click();
  await relationshipButton(page, `${kind} → ${target}`).waitFor();
}

export function relationshipButton(page: Page, name: string): Locator {
  return inspector(page)
    .getByRole('list', { name: 'Relationships' })
    .getByRole('button', { name, exact: true });
}

/** Reads "N nodes · M relationships" as numbers. */
export async function readMapCounts(page: Page): Promise<{ nodes: number; relationships: number }> {
  const text = (await mapCounts(page).textContent()) ?? '';
  const match = /^(\d+) nodes? · (\d+) relationships?$/.exec(text);
  expect(match, `counts text "${text}"`).not.toBeNull();
  return { nodes: Number(match?.[1]), relationships: Number(match?.[2]) };
}

/**
 * From the map list: keeps a snapshot of a map under this name and restores it as a new map,
 * "<map> — <snapshot>", which the list then offers to open.
 */
export async function snapshotAndRestore(
  page: Page,
  mapName: string,
  snapshotName: string,
): Promise<void> {
  await page.getByRole('button', { name: `Snapshots for ${mapName}`, exact: true }).click();
  const snapshots = page.getByRole('dialog', { name: `Snapshots of ${mapName}` });
  await snapshots.getByRole('textbox', { name: 'Snapshot name' }).fill(snapshotName);
  await snapshots.getByRole('button', { name: 'Take snapshot', exact: true }).click();
  await snapshots
    .getByRole('button', { name: `Restore snapshot ${snapshotName}`, exact: true })
    .click();
  await page.getByText('Restored the snapshot as a new map').waitFor();
  await page.keyboard.press('Escape');
  await snapshots.waitFor({ state: 'detached' });
  await page
    .getByRole('button', { name: `Open ${mapName} — ${snapshotName}`, exact: true })
    .waitFor();
}
