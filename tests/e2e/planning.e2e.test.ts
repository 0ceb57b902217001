// Engagement planning in the real browser: scoring on the power/interest grid by dragging,
// creating an event in the calendar and showing who is involved in its month, a message heard by
// an event's attendees, and the example map's six-month plan. Screenshots of the grid, the
// calendar and the coverage matrix land in test-results/ for a person to look at.

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AxeResults } from 'axe-core';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { formatDay, formatMonth, localDay, monthOf } from '../../shared/domain/planning/days';
import {
  addNode,
  createMap,
  goToNode,
  inspectorField,
  waitForEditor,
  waitForSaved,
} from './support/app';
import { useAppSession } from './support/session';
import { withoutChromium } from './support/chromium';
import { readMapRecords } from './support/indexedDb';
import { eventually } from './support/wait';

const RESULTS_DIR = fileURLToPath(new URL('../../test-results/', import.meta.url));
const EXAMPLE_MAP_NAME = 'Local Public Data Panel: engagement';
/** These stories click through several views on a shared two-core machine. */
const STORY_TIMEOUT_MS = 180_000;

const openView = async (page: Page, name: string) => {
  await page.getByRole('tab', { name, exact: true }).click();
  await page.getByRole('tab', { name, exact: true, selected: true }).waitFor();
};

/** Drags with the mouse in small steps, as a person does, so pointer events fire between. */
async function dragTo(page: Page, from: Locator, to: { x: number; y: number }): Promise<void> {
  const box = await from.boundingBox();
  if (!box) throw new Error('Nothing to drag');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

/** The screen point in the middle of a grid cell for the given scores. */
async function gridPoint(page: Page, influence: number, interest: number) {
  const box = await page.getByRole('group', { name: 'Power and interest grid' }).boundingBox();
  if (!box) throw new Error('No grid on screen');
  return {
    x: box.x + ((interest + 0.5) / 11) * box.width,
    y: box.y + box.height - ((influence + 0.5) / 11) * box.height,
  };
}

async function scoresInInspector(page: Page): Promise<[string, string]> {
  return [
    await inspectorField(page, 'Influence').inputValue(),
    await inspectorField(page, 'Interest').inputValue(),
  ];
}

async function screenshot(page: Page, name: string, of?: Locator): Promise<void> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const path = `${RESULTS_DIR}${name}`;
  await (of ? of.screenshot({ path }) : page.screenshot({ path }));
}

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical findings on the page as it is now. */
async function seriousAccessibilityFindings(page: Page): Promise<string[]> {
  await page.evaluate(await axeSource);
  return page.evaluate(async () => {
    const axe = Reflect.get(window, 'axe') as { run(context: Document): Promise<AxeResults> };
    return (await axe.run(document)).violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) =>
          `${violation.id}: ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
  });
}

/** Clicks a button that saves a file and returns the download's name and bytes. */
async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const started = page.waitForEvent('download');
  await button.click();
  const file = await started;
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** The words a coverage matrix cell says for one audience member and the first message. */
async function coverageWords(page: Page, member: string): Promise<string> {
  const table = page.getByRole('table', { name: 'Coverage: who has heard which message' });
  const row = table.getByRole('row').filter({
    has: page.getByRole('rowheader', { name: member, exact: true }),
  });
  return (await row.locator('td .visually-hidden').first().textContent()) ?? '';
}

describe.skipIf(withoutChromium)('engagement planning', () => {
  const session = useAppSession();

  test(
    'dragging on the grid sets the scores the inspector shows, and they survive a reload',
    async () => {
      const { page } = session();
      const mapId = await createMap(page, 'Grid test');
      await addNode(page, 'Person', 'Ada Lovelace');
      await openView(page, 'Grid');

      // From the tray of stakeholders not yet scored onto influence 3, interest 7.
      const trayItem = page.getByRole('button', { name: 'Ada Lovelace: drag onto the grid' });
      await dragTo(page, trayItem, await gridPoint(page, 3, 7));
      await eventually(() => scoresInInspector(page)).toEqual(['3', '7']);

      // Then the marker itself, to influence 8, interest 2: keep satisfied.
      const marker = page.getByRole('button', { name: /^Ada Lovelace: influence 3, interest 7/ });
      await dragTo(page, marker, await gridPoint(page, 8, 2));
      await eventually(() => scoresInInspector(page)).toEqual(['8', '2']);
      await page
        .getByRole('button', { name: 'Ada Lovelace: influence 8, interest 2, keep satisfied' })
        .waitFor();

      // And by keyboard: one step up in influence.
      await page.getByRole('button', { name: /^Ada Lovelace: influence 8/ }).press('ArrowUp');
      await eventually(() => scoresInInspector(page)).toEqual(['9', '2']);
      await waitForSaved(page);

      await page.reload();
      await waitForEditor(page, 'Grid test');
      const [stored] = await readMapRecords(page, 'nodes', mapId);
      expect(stored?.assessment).toMatchObject({ influence: 9, interest: 2 });
      await openView(page, 'Grid');
      await page
        .getByRole('button', { name: 'Ada Lovelace: influence 9, interest 2, keep satisfied' })
        .waitFor();
      await goToNode(page, 'Ada Lovelace');
      expect(await scoresInInspector(page)).toEqual(['9', '2']);
    },
    STORY_TIMEOUT_MS,
  );

  test(
    'an event created in the calendar, filtered by its month, shows exactly who takes part',
    async () => {
      const { page } = session();
      const mapId = await createMap(page, 'Calendar test');
      for (const name of ['Ann Attendee', 'Bob Attendee', 'Cat Declined', 'Dan Elsewhere']) {
        await addNode(page, 'Person', name);
      }
      await openView(page, 'Calendar');
      await page.getByRole('button', { name: 'Month', exact: true }).click();
      const month = monthOf(localDay(new Date()));
      const day = `${month}-15`;
      await page.getByRole('button', { name: `${formatDay(day)}: add an event` }).click();
      const dialog = page.getByRole('dialog', { name: 'New event' });
      await dialog.getByRole('textbox', { name: 'Event name' }).fill('Open data workshop');
      await dialog.getByRole('button', { name: 'Create event' }).click();

      const panel = page.getByRole('region', { name: 'Event: Open data workshop' });
      for (const name of ['Ann Attendee', 'Bob Attendee', 'Cat Declined']) {
        await panel.getByRole('combobox', { name: 'Invite to this event' }).selectOption({
          label: name,
        });
        await panel.getByRole('button', { name: 'Invite', exact: true }).click();
        await panel.getByRole('combobox', { name: `Attendance of ${name}` }).waitFor();
      }
      await panel
        .getByRole('combobox', { name: 'Attendance of Cat Declined' })
        .selectOption({ label: 'Declined' });
      await waitForSaved(page);
      await screenshot(page, 'planning-calendar-new-event.png');

      await page
        .getByRole('button', { name: `Show people involved in ${formatMonth(month)}` })
        .click();
      await page
        .getByRole('status')
        .filter({ hasText: `Showing only people involved in ${formatMonth(month)} (3 nodes).` })
        .waitFor();
      await page.getByRole('tab', { name: 'Network', exact: true, selected: true }).waitFor();

      // The table lists exactly what the network view shows.
      await openView(page, 'Table');
      const nodes = await readMapRecords(page, 'nodes', mapId);
      const labelOf = new Map(nodes.map((node) => [node.id, node.label]));
      const shownIds = await page
        .locator('table[aria-labelledby="nodes-table-heading"] tbody tr')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-row-id') ?? ''));
      expect(shownIds.map((id) => labelOf.get(id)).sort()).toEqual([
        'Ann Attendee',
        'Bob Attendee',
        'Open data workshop',
      ]);
      const event = nodes.find((node) => node.kind === 'event');
      expect(event?.event).toMatchObject({ start: day, status: 'planned' });
    },
    STORY_TIMEOUT_MS,
  );

  test(
    'a message delivered at an event counts as heard by those who attended it',
    async () => {
      const { page } = session();
      await createMap(page, 'Messages test');
      await addNode(page, 'Person', 'Ann Attendee');
      await addNode(page, 'Person', 'Bob Confirmed');
      await addNode(page, 'Person', 'Cat Absent');
      await openView(page, 'Calendar');
      await page.getByRole('button', { name: 'Month', exact: true }).click();
      const day = `${monthOf(localDay(new Date()))}-10`;
      await page.getByRole('button', { name: `${formatDay(day)}: add an event` }).click();
      const dialog = page.getByRole('dialog', { name: 'New event' });
      await dialog.getByRole('textbox', { name: 'Event name' }).fill('Launch event');
      await dialog.getByRole('button', { name: 'Create event' }).click();
      const panel = page.getByRole('region', { name: 'Event: Launch event' });
      for (const [name, attendance] of [
        ['Ann Attendee', 'Attended'],
        ['Bob Confirmed', 'Confirmed'],
      ] as const) {
        await panel.getByRole('combobox', { name: 'Invite to this event' }).selectOption({
          label: name,
        });
        await panel.getByRole('button', { name: 'Invite', exact: true }).click();
        await panel
          .getByRole('combobox', { name: `Attendance of ${name}` })
          .selectOption({ label: attendance });
      }

      await openView(page, 'Messages');
      await page.getByRole('textbox', { name: 'New message title' }).fill('Open data matters');
      await page.getByRole('button', { name: 'Add message', exact: true }).click();
      const editor = page.getByRole('region', { name: 'Message: Open data matters' });
      for (const name of ['Ann Attendee', 'Bob Confirmed', 'Cat Absent']) {
        await editor
          .getByRole('combobox', { name: 'Add to stakeholders' })
          .selectOption({ label: `${name} (person)` });
        await editor.getByRole('button', { name: `Remove ${name}` }).waitFor();
      }
      await editor
        .getByRole('combobox', { name: 'Deliver at an event or channel' })
        .selectOption({ label: 'Launch event (event)' });
      await editor.getByRole('button', { name: 'Add delivery', exact: true }).click();

      await eventually(() => coverageWords(page, 'Ann Attendee')).toBe('heard');
      expect(await coverageWords(page, 'Bob Confirmed')).toBe('expected');
      expect(await coverageWords(page, 'Cat Absent')).toBe('not yet reached');
      await page
        .getByRole('button', { name: /Open data matters/ })
        .getByText('heard by 1 of 3')
        .waitFor();
      await waitForSaved(page);
    },
    STORY_TIMEOUT_MS,
  );

  test(
    'the example map shows its six-month plan, grid and message coverage',
    async () => {
      const { page } = session();
      await page.getByRole('button', { name: 'Open example map', exact: true }).click();
      await waitForEditor(page, EXAMPLE_MAP_NAME);

      await openView(page, 'Grid');
      const grid = page.getByRole('group', { name: 'Power and interest grid' });
      await grid
        .getByRole('button', {
          name: /^Manage closely High influence, high interest · \d+ stakeholders/,
        })
        .waitFor();
      expect(
        await grid.getByRole('button', { name: /: influence \d+, interest \d+/ }).count(),
      ).toBeGreaterThan(20);
      await screenshot(page, 'planning-grid-example.png');
      expect(await seriousAccessibilityFindings(page), 'grid').toEqual([]);
      const png = await download(page, page.getByRole('button', { name: 'Export grid as PNG' }));
      expect(png.name).toBe(`${EXAMPLE_MAP_NAME.replace(':', '')} grid.png`);
      expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
      await writeFile(`${RESULTS_DIR}planning-grid-example.export.png`, png.bytes);

      await openView(page, 'Calendar');
      await page.getByRole('heading', { name: 'January 2010 – June 2010' }).waitFor();
      const plan = page.getByRole('list', { name: 'Scheduled' });
      const scheduled = await plan
        .getByRole('button')
        .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label') ?? ''));
      for (const expected of [
        /^Event: LPDP first meeting, 19 January 2010/,
        /^Event: LIS network meeting: Making Public Data Public, 28 January 2010/,
        /^Event: LDEx early-adopter workshops, 1 February 2010 to 26 February 2010/,
        /^Action due: .*comments invited until 3 February 2010, 3 February 2010/,
      ]) {
        expect(
          scheduled.some((label) => expected.test(label)),
          String(expected),
        ).toBe(true);
      }
      const later = page.getByRole('list', { name: 'Not yet scheduled' });
      await later.getByRole('button', { name: /^Event: Next LPDP meeting/ }).waitFor();
      await later
        .getByRole('button', { name: /^Action: Draft comprehensive communications strategy/ })
        .waitFor();
      await screenshot(page, 'planning-calendar-example.png');
      expect(await seriousAccessibilityFindings(page), 'calendar').toEqual([]);

      await page.getByRole('button', { name: 'Feb 2010', exact: true }).click();
      await page.getByRole('heading', { name: 'February 2010' }).waitFor();
      await screenshot(page, 'planning-calendar-month-example.png');
      expect(await seriousAccessibilityFindings(page), 'month').toEqual([]);

      for (const view of ['Engagement', 'Contacts', 'Actions']) {
        await openView(page, view);
        await page.getByRole('heading', { level: 2 }).first().waitFor();
        expect(await seriousAccessibilityFindings(page), view).toEqual([]);
      }

      await openView(page, 'Messages');
      const matrix = page.getByRole('table', { name: 'Coverage: who has heard which message' });
      await matrix.waitFor();
      expect(await matrix.getByRole('columnheader').count()).toBeGreaterThanOrEqual(5);
      await page.getByRole('heading', { name: 'Coverage' }).scrollIntoViewIfNeeded();
      await screenshot(page, 'planning-coverage-example.png');
      expect(await seriousAccessibilityFindings(page), 'messages').toEqual([]);
      const csv = await download(
        page,
        page.getByRole('button', { name: 'Export audience list (CSV)' }),
      );
      expect(csv.name).toMatch(/ audience\.csv$/);
      expect(csv.bytes.toString('utf8')).toMatch(
        /^Name,Kind,Role,Email,Phone,Preferred involvement/,
      );
      // Tall enough for the whole matrix, which otherwise scrolls within its panel.
      await page.setViewportSize({ width: 1280, height: 1800 });
      await screenshot(page, 'planning-coverage-matrix-example.png', matrix);
    },
    STORY_TIMEOUT_MS,
  );
});
