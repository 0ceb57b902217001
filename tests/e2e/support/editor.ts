// More of the editor in the words of its UI contract, for the tests of the whole editor (search,
// filter and focus, the table view, undo and the keyboard): where things are, and the map as
// IndexedDB holds it, for comparing one moment of a map with another.

import type { JSHandle, Locator, Page } from 'playwright-core';
import type { StakeMap } from '@shared/domain/types';
import { inspectorField, toolbar, waitForEditor, waitForSaved } from './app';
import { readMapRecords, readStore, type StoredRecords } from './indexedDb';
import { eventually } from './wait';

export const EXAMPLE_MAP_NAME = 'Local Public Data Panel: engagement';

/** Opens the example map from the map list; returns its id. */
export async function openExampleMap(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Open example map', exact: true }).click();
  await waitForEditor(page, EXAMPLE_MAP_NAME);
  const match = /^#\/maps\/([^/?#]+)$/.exec(new URL(page.url()).hash);
  if (!match?.[1]) throw new Error(`Not on a map: ${page.url()}`);
  return decodeURIComponent(match[1]);
}

export const searchBox = (page: Page): Locator =>
  toolbar(page).getByRole('searchbox', { name: 'Search nodes', exact: true });

export const searchResults = (page: Page): Locator =>
  toolbar(page).getByRole('list', { name: 'Search results', exact: true });

/** One of the editor's view tabs: "Network", "Table", or a planning view. */
export const viewTab = (page: Page, name: string): Locator =>
  page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name, exact: true });

export async function showView(page: Page, name: string): Promise<void> {
  await viewTab(page, name).click();
  await eventually(() => viewTab(page, name).getAttribute('aria-selected')).toBe('true');
  if (name === 'Network') await waitForCanvasSize(page);
}

/**
 * Waits until the canvas has measured itself. While another view is showing, the canvas is
 * hidden and Cytoscape sizes it to nothing; it notices the size again (a resize observer,
 * debounced) a moment after the Network view comes back, and only then centres correctly.
 */
export async function waitForCanvasSize(page: Page): Promise<void> {
  const region = page.getByRole('region', { name: 'Network map' });
  await eventually(() =>
    region.evaluate((element: HTMLElement) => {
      const drawn = element.querySelector('canvas');
      return (
        element.clientWidth > 0 &&
        drawn !== null &&
        drawn.style.width === `${element.clientWidth}px` &&
        drawn.style.height === `${element.clientHeight}px`
      );
    }),
  ).toBe(true);
}

export const nodesTable = (page: Page): Locator =>
  page.getByRole('table', { name: 'Nodes', exact: true });

export const relationshipsTable = (page: Page): Locator =>
  page.getByRole('table', { name: 'Relationships', exact: true });

/** The body rows of a table (the header row has no data-row-id). */
export const tableRows = (table: Locator): Locator => table.locator('tbody > tr');

/** The nodes table's row for one node, found by its inline "Label of <label>" field. */
export const nodeRow = (page: Page, label: string): Locator =>
  tableRows(nodesTable(page)).filter({
    has: page.getByRole('textbox', { name: `Label of ${label}`, exact: true }),
  });

/** The labels of the nodes table's rows, top to bottom. */
export async function nodeRowLabels(page: Page): Promise<string[]> {
  return tableRows(nodesTable(page))
    .locator('td:first-child input')
    .evaluateAll((inputs: HTMLInputElement[]) => inputs.map((input) => input.value));
}

/** The labels of the rows marked aria-selected="true" in the nodes table. */
export async function selectedNodeRowLabels(page: Page): Promise<string[]> {
  return tableRows(nodesTable(page))
    .and(page.locator('[aria-selected="true"]'))
    .locator('td:first-child input')
    .evaluateAll((inputs: HTMLInputElement[]) => inputs.map((input) => input.value));
}

/** The nodes table's "N of M shown" line, as numbers. */
export async function nodesShown(page: Page): Promise<{ shown: number; total: number }> {
  const line = page
    .getByRole('region', { name: 'Nodes', exact: true })
    .getByText(/^\d+ of \d+ shown$/);
  const match = /^(\d+) of (\d+) shown$/.exec((await line.textContent()) ?? '');
  if (!match) throw new Error('The nodes table has no "N of M shown" line.');
  return { shown: Number(match[1]), total: Number(match[2]) };
}

/** The label the inspector shows, or null when nothing (or a relationship) is selected. */
export async function inspectedLabel(page: Page): Promise<string | null> {
  const field = inspectorField(page, 'Label');
  if ((await field.count()) === 0) return null;
  const heading = await page
    .getByRole('complementary', { name: 'Inspector' })
    .getByRole('heading', { level: 2 })
    .first()
    .textContent();
  return heading === 'Relationship' ? null : field.inputValue();
}

/** The middle of the canvas on screen, where "Go to node" and search put the chosen node. */
export async function canvasCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.getByRole('region', { name: 'Network map' }).boundingBox();
  if (box === null) throw new Error('The canvas is not on screen.');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Waits until the canvas camera is still: centring on a node glides on a small map, and a click
 * during the glide lands where the node was, not where it ends up. Found through the record
 * Cytoscape leaves on its container, so the app needs no hook for it.
 */
export async function waitForCameraToSettle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    type CyContainer = Element & { _cyreg?: { cy?: { animated(): boolean } } };
    const cys = [...document.querySelectorAll('div')]
      .map((element) => (element as CyContainer)._cyreg?.cy)
      .filter((cy) => cy !== undefined);
    return cys.length > 0 && cys.every((cy) => !cy.animated());
  });
}

/**
 * The canvas's Cytoscape instance, found through the record Cytoscape leaves on its container, as
 * a handle to hand to page.evaluate: for the tests of what Stakemap changes inside Cytoscape.
 */
export async function canvasCy(page: Page): Promise<JSHandle> {
  return page.evaluateHandle(() => {
    const container = Array.from(document.querySelectorAll('div')).find(
      (element) => Reflect.get(element, '_cyreg') !== undefined,
    );
    const cy = (Reflect.get(container ?? {}, '_cyreg') as { cy?: unknown } | undefined)?.cy;
    if (!cy) throw new Error('No canvas on the page.');
    return cy;
  });
}

/** Clicks the middle of the canvas, as a user clicks what they see there, once it is still. */
export async function clickCanvasCentre(page: Page): Promise<void> {
  await waitForCameraToSettle(page);
  const { x, y } = await canvasCentre(page);
  await page.mouse.click(x, y);
}

/** The "Filter and focus" panel, opened if it is closed. */
export async function openFilterPanel(page: Page): Promise<Locator> {
  const panel = page.locator('details', {
    has: page.getByRole('heading', { name: 'Filter and focus', exact: true }),
  });
  if ((await panel.getAttribute('open')) === null) {
    await panel.getByRole('heading', { name: 'Filter and focus', exact: true }).click();
  }
  await eventually(() => panel.getAttribute('open')).not.toBeNull();
  return panel;
}

/** Record fields that change on every write and say nothing about what the user sees. */
type Stamped = { updatedAt: string };
type Unstamped<T extends Stamped> = Omit<T, 'updatedAt'>;

function unstamped<T extends Stamped>(records: readonly T[]): Unstamped<T>[] {
  return records
    .map(({ updatedAt: _updatedAt, ...rest }) => rest)
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

export interface MapContents {
  map: Unstamped<StakeMap>;
  nodes: Unstamped<StoredRecords['nodes']>[];
  relationships: Unstamped<StoredRecords['relationships']>[];
  interactions: Unstamped<StoredRecords['interactions']>[];
  actions: Unstamped<StoredRecords['actions']>[];
  messages: Unstamped<StoredRecords['messages']>[];
}

/**
 * Everything IndexedDB holds for one map, once every change has been saved, without the
 * updatedAt stamps (an undo is a new write, so it stamps a new time), sorted so that the order
 * records come back in does not matter.
 */
export async function readMapContents(page: Page, mapId: string): Promise<MapContents> {
  await waitForSaved(page);
  const map = (await readStore(page, 'maps')).find((record) => record.id === mapId);
  if (!map) throw new Error(`No map ${mapId} in IndexedDB.`);
  const { updatedAt: _updatedAt, ...mapFields } = map;
  return {
    map: mapFields,
    nodes: unstamped(await readMapRecords(page, 'nodes', mapId)),
    relationships: unstamped(await readMapRecords(page, 'relationships', mapId)),
    interactions: unstamped(await readMapRecords(page, 'interactions', mapId)),
    actions: unstamped(await readMapRecords(page, 'actions', mapId)),
    messages: unstamped(await readMapRecords(page, 'messages', mapId)),
  };
}

/** The stored node with this label; fails when there is not exactly one. */
export async function storedNode(page: Page, mapId: string, label: string) {
  const matches = (await readMapRecords(page, 'nodes', mapId)).filter(
    (node) => node.label === label,
  );
  if (matches.length !== 1) {
    throw new Error(`Expected one node labelled "${label}", found ${matches.length}.`);
  }
  const [node] = matches;
  if (!node) throw new Error(`No node labelled "${label}".`);
  return node;
}
