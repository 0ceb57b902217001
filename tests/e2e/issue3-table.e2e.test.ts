// The table view is the canvas's twin: one selection, whichever view picks it; arrow keys move it
// through the rows; Delete on a row deletes that node (with its relationships) and Undo brings
// both back.

import { describe, expect, test } from 'vitest';
import { goToNode, inspector, mapCounts, readMapCounts, toolbar } from './support/app';
import { type AppSession } from './support/browser';
import { useAppSession } from './support/session';
import { withoutChromium } from './support/chromium';
import {
  clickCanvasCentre,
  inspectedLabel,
  nodeRow,
  nodeRowLabels,
  nodesTable,
  openExampleMap,
  readMapContents,
  relationshipsTable,
  selectedNodeRowLabels,
  showView,
  tableRows,
} from './support/editor';
import { readMapRecords } from './support/indexedDb';
import { eventually } from './support/wait';

/** The label of the row that has the keyboard focus, or null when no row has it. */
async function focusedRowLabel(page: AppSession['page']): Promise<string | null> {
  return page.evaluate(() => {
    const row = document.activeElement?.closest('tr[data-row-id]');
    return row?.querySelector<HTMLInputElement>('td:first-child input')?.value ?? null;
  });
}

describe.skipIf(withoutChromium)('the table view and the canvas', () => {
  const session = useAppSession();

  test('share one selection, whichever view picks it', async () => {
    const { page } = session();
    await openExampleMap(page);

    // A row picked in the table is the node selected on the canvas.
    await showView(page, 'Table');
    await nodeRow(page, 'Cabinet Office').getByRole('cell').nth(2).click();
    await eventually(() => selectedNodeRowLabels(page)).toEqual(['Cabinet Office']);
    expect(await inspectedLabel(page)).toBe('Cabinet Office');
    await showView(page, 'Network');
    expect(await inspectedLabel(page)).toBe('Cabinet Office');
    // It is the canvas's selection too: Go to node centres it, and a click there keeps it.
    await goToNode(page, 'Cabinet Office');
    await clickCanvasCentre(page);
    expect(await inspectedLabel(page)).toBe('Cabinet Office');

    // A node picked on the canvas side is the row selected in the table.
    await goToNode(page, 'Professor Nigel Shadbolt');
    await showView(page, 'Table');
    await eventually(() => selectedNodeRowLabels(page)).toEqual(['Professor Nigel Shadbolt']);

    // A click on the canvas background selects nothing, in both views.
    await showView(page, 'Network');
    await goToNode(page, 'Cabinet Office');
    const box = await page.getByRole('region', { name: 'Network map' }).boundingBox();
    if (box === null) throw new Error('The canvas is not on screen.');
    // Zoomed in on one node, the top-left corner of the canvas is empty background.
    await page.mouse.click(box.x + 5, box.y + 5);
    await inspector(page).getByText('Nothing selected').waitFor();
    await showView(page, 'Table');
    expect(await selectedNodeRowLabels(page)).toEqual([]);
  });

  test('arrow keys move the selection through the rows, in the order shown', async () => {
    const { page } = session();
    await openExampleMap(page);
    await showView(page, 'Table');
    const labels = await nodeRowLabels(page);
    expect(labels.length).toBeGreaterThan(3);
    const [first, second, third] = labels;

    await nodeRow(page, first ?? '').focus();
    await eventually(() => selectedNodeRowLabels(page)).toEqual([first]);
    await page.keyboard.press('ArrowDown');
    await eventually(() => selectedNodeRowLabels(page)).toEqual([second]);
    expect(await focusedRowLabel(page)).toBe(second);
    expect(await inspectedLabel(page)).toBe(second);
    await page.keyboard.press('ArrowDown');
    await eventually(() => selectedNodeRowLabels(page)).toEqual([third]);
    await page.keyboard.press('ArrowUp');
    await eventually(() => selectedNodeRowLabels(page)).toEqual([second]);
    expect(await focusedRowLabel(page)).toBe(second);
    await page.keyboard.press('End');
    await eventually(() => selectedNodeRowLabels(page)).toEqual([labels.at(-1)]);
    await page.keyboard.press('Home');
    await eventually(() => selectedNodeRowLabels(page)).toEqual([first]);

    // Sorted the other way, Down follows the new order.
    await nodesTable(page).getByRole('button', { name: 'Label', exact: true }).click();
    const reversed = await nodeRowLabels(page);
    expect(reversed).toEqual([...labels].reverse());
    const [top, next] = reversed;
    await nodeRow(page, top ?? '').focus();
    await eventually(() => selectedNodeRowLabels(page)).toEqual([top]);
    await page.keyboard.press('ArrowDown');
    await eventually(() => selectedNodeRowLabels(page)).toEqual([next]);
    // The arrows move the selection, not the node: nothing was nudged on the canvas.
    await toolbar(page).getByRole('button', { name: 'Undo', exact: true }).waitFor();
    expect(await toolbar(page).getByRole('button', { name: 'Undo' }).isDisabled()).toBe(true);
  });

  test('Delete on a row deletes the node and its relationships; Undo brings them back', async () => {
    const { page } = session();
    const mapId = await openExampleMap(page);
    const before = await readMapContents(page, mapId);
    const counts = await readMapCounts(page);
    const cabinet = before.nodes.find((node) => node.label === 'Cabinet Office');
    if (!cabinet) throw new Error('The example map has no Cabinet Office.');
    const itsRelationships = before.relationships.filter(
      (rel) => rel.sourceId === cabinet.id || rel.targetId === cabinet.id,
    );
    expect(itsRelationships.length).toBeGreaterThan(0);

    await showView(page, 'Table');
    const labels = await nodeRowLabels(page);
    const after = labels[labels.indexOf('Cabinet Office') + 1];
    await nodeRow(page, 'Cabinet Office').focus();
    await eventually(() => selectedNodeRowLabels(page)).toEqual(['Cabinet Office']);
    await page.keyboard.press('Delete');
    // Contacts and actions name the Cabinet Office, so the app asks first and says what happens
    // to them; confirming from the keyboard goes on with the delete.
    const confirm = page.getByRole('alertdialog', { name: 'Delete 1 node?' });
    await confirm.getByRole('button', { name: 'Delete 1 node' }).focus();
    await page.keyboard.press('Enter');
    await confirm.waitFor({ state: 'detached' });

    await nodeRow(page, 'Cabinet Office').waitFor({ state: 'detached' });
    await eventually(() => readMapCounts(page)).toEqual({
      nodes: counts.nodes - 1,
      relationships: counts.relationships - itsRelationships.length,
    });
    await eventually(async () =>
      (await readMapRecords(page, 'nodes', mapId)).some((node) => node.id === cabinet.id),
    ).toBe(false);
    expect(
      (await readMapRecords(page, 'relationships', mapId)).filter(
        (rel) => rel.sourceId === cabinet.id || rel.targetId === cabinet.id,
      ),
    ).toEqual([]);
    // The keyboard stays in the table, on the row that took the deleted one's place, so the user
    // can carry on with the arrow keys.
    await eventually(() => focusedRowLabel(page)).toBe(after);
    expect(await selectedNodeRowLabels(page)).toEqual([after]);

    await toolbar(page).getByRole('button', { name: 'Undo', exact: true }).click();
    await nodeRow(page, 'Cabinet Office').waitFor();
    await eventually(() => mapCounts(page).textContent()).toBe(
      `${counts.nodes} nodes · ${counts.relationships} relationships`,
    );
    await eventually(() => readMapContents(page, mapId)).toEqual(before);

    // The same for a relationship, with Backspace (what a Mac keyboard's delete key sends).
    const relationshipIds = await tableRows(relationshipsTable(page)).evaluateAll(
      (rows: HTMLElement[]) => rows.map((row) => row.dataset.rowId ?? ''),
    );
    const [firstRelationship, secondRelationship] = relationshipIds;
    await relationshipsTable(page).locator(`tr[data-row-id="${firstRelationship}"]`).focus();
    await page.keyboard.press('Backspace');
    await eventually(async () =>
      (await readMapRecords(page, 'relationships', mapId)).some(
        (rel) => rel.id === firstRelationship,
      ),
    ).toBe(false);
    expect((await readMapRecords(page, 'nodes', mapId)).length).toBe(counts.nodes);
    await eventually(() =>
      page.evaluate(
        () => document.activeElement?.closest<HTMLElement>('tr[data-row-id]')?.dataset.rowId,
      ),
    ).toBe(secondRelationship);
  });
});
