// Working without a mouse: from a fresh page, with Tab, Shift+Tab, Enter, Space, the arrow keys,
// typing and the documented shortcuts only, a user creates a map, adds two nodes, connects them
// through the inspector, renames one, opens and closes the shortcut sheet and switches to the
// table. Every control the focus reaches on the way has an accessible name, and a full Tab cycle
// through the editor reaches every control on screen.

import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { inspector, mapIdFromUrl, waitForEditor, waitForSaved } from './support/app';
import { describeMatching, focusedElement, type FocusedElement } from './support/axe';
import { useAppSession } from './support/session';
import { withoutChromium } from './support/chromium';
import { inspectedLabel, nodeRowLabels, nodesTable, storedNode, viewTab } from './support/editor';
import { readMapRecords } from './support/indexedDb';
import { eventually } from './support/wait';

/** The focus stops a Tab walk can take before the test gives up on reaching a control. */
const MAX_STOPS = 120;

interface Stop extends FocusedElement {
  /** role, name and tag: what tells one control from another to a user. */
  key: string;
}

const keyOf = (element: FocusedElement): string => `${element.role}|${element.name}|${element.tag}`;

/**
 * Records every control the keyboard focus lands on and fails on one without an accessible name,
 * which a screen reader would announce as just "button" or "edit text".
 */
class FocusWalk {
  readonly stops: Stop[] = [];

  constructor(private readonly page: Page) {}

  /** Where the focus is now; null when it is on the page itself. */
  async here(): Promise<Stop | null> {
    const element = await focusedElement(this.page);
    if (element === null) return null;
    const stop = { ...element, key: keyOf(element) };
    this.stops.push(stop);
    expect(stop.name, `an unnamed control has the focus: ${stop.html}`).not.toBe('');
    return stop;
  }

  /** Presses Tab (or Shift+Tab) until the focus is on the control with this role and name. */
  async to(role: string, name: string, backwards = false): Promise<Stop> {
    for (let step = 0; step < MAX_STOPS; step += 1) {
      await this.page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
      const stop = await this.here();
      if (stop?.role === role && stop.name === name) return stop;
    }
    throw new Error(
      `${backwards ? 'Shift+Tab' : 'Tab'} never reached the ${role} "${name}". ` +
        `It went through: ${this.stops
          .slice(-MAX_STOPS)
          .map((stop) => stop.key)
          .join(', ')}`,
    );
  }

  /**
   * Asserts where the focus is without moving it. It may arrive a moment after what moved it:
   * a closing dialog hands the focus back in a task of its own once it has gone.
   */
  async expectOn(role: string, name: string): Promise<void> {
    await eventually(async () => (await focusedElement(this.page))?.role).toBe(role);
    const stop = await this.here();
    // axe-core appends a text field's placeholder to its label ("Map name Untitled map"); the
    // label is what the user hears first, and what must be there.
    expect(stop?.name.startsWith(name), `"${stop?.name}" does not start with "${name}"`).toBe(true);
  }
}

/** Marks the elements tabbableControls found; removed again before it returns. */
const TABBABLE_MARK = 'data-e2e-tabbable';

/**
 * Every control on screen that Tab should stop at, in the keys FocusWalk uses: focusable, shown,
 * enabled and not inside something hidden; of a radio group only the checked one.
 */
async function tabbableControls(page: Page, leaveOut: string | null = null): Promise<string[]> {
  await page.evaluate(
    ({ mark, leaveOut }) => {
      for (const element of document.querySelectorAll<HTMLElement>('body *')) {
        if (leaveOut !== null && element.closest(leaveOut)) continue;
        if (element.tabIndex < 0) continue;
        if ('disabled' in element && element.disabled === true) continue;
        if (element.closest('[inert], [aria-hidden="true"]')) continue;
        // Radix's tab list passes the focus straight on to the selected tab.
        if (element.getAttribute('role') === 'tablist') continue;
        // checkVisibility also sees the content of a closed <details>, which still has boxes.
        if (!element.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true }))
          continue;
        if (element instanceof HTMLInputElement && element.type === 'radio' && !element.checked) {
          const group = document.querySelectorAll<HTMLInputElement>(
            `input[type="radio"][name="${CSS.escape(element.name)}"]`,
          );
          if ([...group].some((radio) => radio.checked)) continue;
        }
        element.setAttribute(mark, '');
      }
    },
    { mark: TABBABLE_MARK, leaveOut },
  );
  try {
    return (await describeMatching(page, `[${TABBABLE_MARK}]`)).map(keyOf);
  } finally {
    await page.evaluate((mark) => {
      for (const element of document.querySelectorAll(`[${mark}]`)) element.removeAttribute(mark);
    }, TABBABLE_MARK);
  }
}

describe.skipIf(withoutChromium)('the keyboard alone', () => {
  const session = useAppSession();

  test('creates a map, adds and connects two nodes, renames one and finds the shortcuts', async () => {
    const { page } = session();
    const walk = new FocusWalk(page);
    await page.getByRole('heading', { level: 2, name: 'Your maps' }).waitFor();

    // A new map: Tab to the button, Enter, type the name, Enter.
    await walk.to('button', 'New map');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'New map' }).waitFor();
    await walk.expectOn('textbox', 'Map name');
    await page.keyboard.type('Keyboard map');
    await page.keyboard.press('Enter');
    await waitForEditor(page, 'Keyboard map');
    const mapId = mapIdFromUrl(page);

    // N puts the cursor in the label box; Enter adds a person, the default kind.
    await page.keyboard.press('n');
    await walk.expectOn('textbox', 'New node label');
    await page.keyboard.type('Ada Lovelace');
    await page.keyboard.press('Enter');
    await eventually(() => inspectedLabel(page)).toBe('Ada Lovelace');

    // The kind is the control before the label box; the arrow key picks the next kind.
    await walk.to('combobox', 'New node kind', true);
    await page.keyboard.press('ArrowDown');
    expect(
      await page
        .getByRole('combobox', { name: 'New node kind' })
        .evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent),
    ).toBe('Organisation');
    await walk.to('textbox', 'New node label');
    await page.keyboard.type('Cabinet Office');
    await page.keyboard.press('Enter');
    await eventually(() => inspectedLabel(page)).toBe('Cabinet Office');
    await eventually(async () =>
      (await readMapRecords(page, 'nodes', mapId)).map((node) => [node.kind, node.label]).sort(),
    ).toEqual([
      ['organisation', 'Cabinet Office'],
      ['person', 'Ada Lovelace'],
    ]);

    // Connect through the inspector: the other node, the kind, then the button.
    await walk.to('combobox', 'Connect to');
    await page.keyboard.press('ArrowDown');
    await walk.to('combobox', 'Relationship kind');
    for (let step = 0; step < 5; step += 1) await page.keyboard.press('ArrowDown');
    await walk.to('button', 'Add relationship');
    await page.keyboard.press('Enter');
    await inspector(page)
      .getByRole('list', { name: 'Relationships' })
      .getByRole('button', { name: 'influences → Ada Lovelace', exact: true })
      .waitFor();
    const cabinet = await storedNode(page, mapId, 'Cabinet Office');
    const ada = await storedNode(page, mapId, 'Ada Lovelace');
    await eventually(() => readMapRecords(page, 'relationships', mapId)).toEqual([
      expect.objectContaining({ sourceId: cabinet.id, targetId: ada.id, kind: 'influences' }),
    ]);

    // Rename: back to the inspector's label; Tab into a text box selects what is there, so
    // typing replaces it, and leaving the box saves it.
    await walk.to('textbox', 'Label', true);
    await page.keyboard.type('Cabinet Office (UK)');
    await page.keyboard.press('Tab');
    await eventually(async () =>
      (await readMapRecords(page, 'nodes', mapId)).map((node) => node.label).sort(),
    ).toEqual(['Ada Lovelace', 'Cabinet Office (UK)']);
    await waitForSaved(page);

    // ? opens the shortcut sheet when the cursor is not in a text box (here: on the canvas);
    // Escape closes it and gives the focus back.
    await walk.to('region', 'Network map', true);
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.waitFor();
    expect(await sheet.getByRole('row').count()).toBeGreaterThan(10);
    const inSheet = await walk.here();
    expect(await sheet.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
    expect(inSheet?.name).not.toBe('');
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
    await walk.expectOn('region', 'Network map');

    // 2 switches to the table view, where both nodes are listed and the selection carried over.
    await page.keyboard.press('2');
    await eventually(() => viewTab(page, 'Table').getAttribute('aria-selected')).toBe('true');
    await nodesTable(page).waitFor();
    expect((await nodeRowLabels(page)).sort()).toEqual(['Ada Lovelace', 'Cabinet Office (UK)']);
    expect(
      await nodesTable(page)
        .locator('tbody > tr[aria-selected="true"] td:first-child input')
        .inputValue(),
    ).toBe('Cabinet Office (UK)');
    // Into the table with Tab: the selected row is the one in the tab order; Down moves on.
    const row = await walk.to('row', await selectedRowName(page));
    expect(row.tag).toBe('tr');
    await page.keyboard.press('ArrowUp');
    await eventually(() => inspectedLabel(page)).toBe('Ada Lovelace');
    // And 1 goes back to the network view.
    await page.keyboard.press('1');
    await eventually(() => viewTab(page, 'Network').getAttribute('aria-selected')).toBe('true');

    expect(walk.stops.filter((stop) => stop.name === '')).toEqual([]);
  });

  // About 400 Tab presses, each asking axe-core for the focused control's name: slow on a loaded
  // machine, so this one walk gets three minutes.
  test('a Tab cycle through the editor reaches every control, each with a name', async () => {
    const { page } = session();
    await page.getByRole('button', { name: 'Open example map', exact: true }).click();
    await waitForEditor(page, 'Local Public Data Panel: engagement');
    await page.getByRole('combobox', { name: 'Go to node' }).selectOption({
      label: 'Communities and Local Government (CLG)',
    });
    await eventually(() => inspectedLabel(page)).toBe('Communities and Local Government (CLG)');

    for (const view of ['Network', 'Table']) {
      if (view === 'Table') {
        await viewTab(page, 'Table').click();
        await nodesTable(page).waitFor();
      }
      // A table row selects what it shows when it takes the focus, so walking through the
      // relationships table swaps the node's inspector for a relationship's: the inspector's own
      // controls are checked in the network view.
      const expected = await tabbableControls(
        page,
        view === 'Table' ? 'section[aria-label="Inspector"]' : null,
      );
      expect(expected.length).toBeGreaterThan(30);
      const walk = new FocusWalk(page);
      await page.getByRole('button', { name: 'Back to maps' }).focus();
      const first = await walk.here();
      // Tab also stops on a few containers (the tab list, the tab panel, the selected row), so allow
      // twice the count before deciding the focus is stuck.
      for (let step = 0; step < expected.length * 2; step += 1) {
        await page.keyboard.press('Tab');
        const stop = await walk.here();
        if (stop?.key === first?.key) break;
      }
      const reached = new Set(walk.stops.map((stop) => stop.key));
      expect(
        expected.filter((key) => !reached.has(key)),
        `controls Tab never reached in the ${view} view`,
      ).toEqual([]);
      expect(walk.stops.filter((stop) => stop.name === '')).toEqual([]);
    }
  }, 180_000);
});

/** The accessible name of the selected row in the nodes table, as a Tab stop reports it. */
async function selectedRowName(page: Page): Promise<string> {
  const [row] = await describeMatching(page, 'table tbody > tr[aria-selected="true"]');
  if (!row) throw new Error('No row of the table is selected.');
  return row.name;
}
