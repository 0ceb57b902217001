// Several nodes at once, in Chromium: three nodes picked in the table from the keyboard and with
// Ctrl+click are the canvas's selection too; their engagement and a tag set in bulk reach
// IndexedDB for all three and no other node; one Ctrl+Z puts every node back as it was. On the
// canvas, Shift+click adds and removes a node and a Shift+drag box adds what it covers.

import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { canvas, goToNode, inspector, toolbar } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { useAppSession } from './support/session';
import { withoutChromium } from './support/chromium';
import {
  canvasCentre,
  nodeRow,
  nodeRowLabels,
  openExampleMap,
  readMapContents,
  selectedNodeRowLabels,
  showView,
} from './support/editor';
import { readMapRecords } from './support/indexedDb';
import { eventually } from './support/wait';

/** What the canvas says it has selected: its accessible description, read from Cytoscape. */
async function canvasSelection(page: Page): Promise<string> {
  return canvas(page).evaluate((region) => {
    const id = region.getAttribute('aria-describedby');
    return (id && document.getElementById(id)?.textContent) || '';
  });
}

const described = (labels: string[]) =>
  `${labels.length} nodes selected: ${[...labels].sort((a, b) => a.localeCompare(b)).join(', ')}.`;

describe.skipIf(withoutChromium)('several nodes selected', () => {
  const session = useAppSession();

  test('picked in the table, edited in bulk, shown on the canvas and undone in one step', async () => {
    const { page } = session();
    const mapId = await openExampleMap(page);
    const before = await readMapContents(page, mapId);

    await showView(page, 'Table');
    const [first, second, , fourth] = await nodeRowLabels(page);
    if (!first || !second || !fourth) throw new Error('The example map has too few nodes.');
    const picked = [first, second, fourth];

    // The keyboard: focus the first row, Shift+Down takes the second too; then Ctrl+click adds
    // the fourth without the third.
    await nodeRow(page, first).focus();
    await eventually(() => selectedNodeRowLabels(page)).toEqual([first]);
    await page.keyboard.press('Shift+ArrowDown');
    await eventually(() => selectedNodeRowLabels(page)).toEqual([first, second]);
    await nodeRow(page, fourth)
      .getByRole('cell')
      .nth(2)
      .click({ modifiers: ['Control'] });
    await eventually(() => selectedNodeRowLabels(page)).toEqual(picked);
    const panel = inspector(page);
    await panel.getByRole('heading', { name: '3 nodes selected', exact: true }).waitFor();
    await expectNoAxeViolations(
      page,
      'the table with three nodes selected and the bulk-edit panel',
    );

    await panel
      .getByRole('combobox', { name: 'Current engagement', exact: true })
      .selectOption({ label: 'Supportive' });
    await panel.getByRole('textbox', { name: 'Add tags', exact: true }).fill('bulk-test');
    await panel.getByRole('button', { name: 'Apply to 3 nodes', exact: true }).click();

    // IndexedDB holds the change for the three, and only for them.
    const pickedIds = before.nodes.filter((node) => picked.includes(node.label)).map((n) => n.id);
    expect(pickedIds).toHaveLength(3);
    await eventually(async () =>
      (await readMapRecords(page, 'nodes', mapId))
        .filter((node) => node.assessment.engagementCurrent === 'supportive')
        .filter((node) => node.tags.includes('bulk-test'))
        .map((node) => node.id)
        .sort(),
    ).toEqual([...pickedIds].sort());
    const after = await readMapContents(page, mapId);
    expect(after.nodes.filter((node) => !pickedIds.includes(node.id))).toEqual(
      before.nodes.filter((node) => !pickedIds.includes(node.id)),
    );
    for (const id of pickedIds) {
      const was = before.nodes.find((node) => node.id === id);
      const now = after.nodes.find((node) => node.id === id);
      expect(now).toEqual({
        ...was,
        tags: [...(was?.tags ?? []), 'bulk-test'],
        assessment: { ...was?.assessment, engagementCurrent: 'supportive' },
      });
    }

    // The canvas has the same three selected.
    await showView(page, 'Network');
    await eventually(() => canvasSelection(page)).toBe(described(picked));

    // One Ctrl+Z, with the keyboard on the canvas, puts all three back as they were.
    await canvas(page).focus();
    await page.keyboard.press('Control+z');
    await eventually(() => readMapContents(page, mapId)).toEqual(before);
    expect(
      await toolbar(page).getByRole('button', { name: 'Undo', exact: true }).isDisabled(),
    ).toBe(true);
    // The selection outlives the undo, in both views.
    expect(await canvasSelection(page)).toBe(described(picked));
    await showView(page, 'Table');
    expect(await selectedNodeRowLabels(page)).toEqual(picked);
  });

  test('Shift+click on the canvas adds and removes a node; a Shift+drag box adds what it covers', async () => {
    const { page } = session();
    await openExampleMap(page);

    // Cabinet Office is centred and selected; Ctrl+click in the table adds Nigel Shadbolt.
    await goToNode(page, 'Cabinet Office');
    await showView(page, 'Table');
    await nodeRow(page, 'Professor Nigel Shadbolt')
      .getByRole('cell')
      .nth(2)
      .click({ modifiers: ['Control'] });
    await eventually(() => selectedNodeRowLabels(page)).toEqual(
      expect.arrayContaining(['Cabinet Office', 'Professor Nigel Shadbolt']),
    );
    await showView(page, 'Network');
    const both = described(['Cabinet Office', 'Professor Nigel Shadbolt']);
    await eventually(() => canvasSelection(page)).toBe(both);

    // Shift+click on Cabinet Office (in the middle of the canvas) takes it out, and again puts it
    // back; the table follows.
    const centre = await canvasCentre(page);
    await page.keyboard.down('Shift');
    await page.mouse.click(centre.x, centre.y);
    await page.keyboard.up('Shift');
    await eventually(() => canvasSelection(page)).toBe('Selected: Professor Nigel Shadbolt.');
    await page.keyboard.down('Shift');
    await page.mouse.click(centre.x, centre.y);
    await page.keyboard.up('Shift');
    await eventually(() => canvasSelection(page)).toBe(both);

    // Escape selects nothing; a box drawn with Shift around the middle selects Cabinet Office.
    await page.keyboard.press('Escape');
    await eventually(() => canvasSelection(page)).toBe('Nothing selected.');
    await inspector(page).getByText('Nothing selected').waitFor();
    await page.keyboard.down('Shift');
    await page.mouse.move(centre.x - 25, centre.y - 25);
    await page.mouse.down();
    await page.mouse.move(centre.x + 25, centre.y + 25, { steps: 8 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await eventually(() => canvasSelection(page)).toMatch(/Cabinet Office/);
    await showView(page, 'Table');
    expect(await selectedNodeRowLabels(page)).toContain('Cabinet Office');
  });
});
