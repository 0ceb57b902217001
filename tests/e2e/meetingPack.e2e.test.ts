// The meeting pack in a real Chromium: the example map filtered to its people, Export… → Meeting
// pack (PDF), then the page as print lays it out (only the pack: picture, the people shown, their
// messages and actions) and the PDF Chromium prints from it. The PDF lands in test-results/ and
// /tmp for a person to look at.

import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { statusMessage, toolbar } from './support/app';
import { useAppSession } from './support/session';
import { withoutChromium } from './support/chromium';
import { openExampleMap, openFilterPanel, waitForCanvasSize } from './support/editor';
import { readMapRecords } from './support/indexedDb';
import { eventually } from './support/wait';

const RESULTS_DIR = fileURLToPath(new URL('../../test-results/', import.meta.url));
const PDF_COPY = '/tmp/stakemap-meeting-pack.pdf';

/**
 * Headless Chromium has no print dialog to drive. In its place the page gets a print() that only
 * counts calls, and leaves the pack where the dialog would read it; page.pdf() then prints it as
 * Save as PDF would.
 */
async function recordPrintCalls(page: Page): Promise<void> {
  await page.evaluate(() => {
    Reflect.set(window, '__printCalls', 0);
    window.print = () => {
      Reflect.set(window, '__printCalls', Number(Reflect.get(window, '__printCalls')) + 1);
    };
  });
}

const printCalls = (page: Page) => page.evaluate(() => Number(Reflect.get(window, '__printCalls')));

/** PDF page objects: "/Type /Page" but not "/Type /Pages". */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

describe.skipIf(withoutChromium)('the meeting pack', () => {
  const session = useAppSession();

  test('prints the picture and the people shown, with their messages and actions, on A4', async () => {
    const { page } = session();
    const mapId = await openExampleMap(page);
    const people = (await readMapRecords(page, 'nodes', mapId))
      .filter((node) => node.kind === 'person')
      .map((node) => node.label);
    expect(people.length).toBeGreaterThan(3);

    const panel = await openFilterPanel(page);
    await panel
      .getByRole('group', { name: 'Kind', exact: true })
      .getByRole('checkbox', { name: 'Person', exact: true })
      .check();
    await waitForCanvasSize(page);
    await recordPrintCalls(page);

    await toolbar(page).getByRole('button', { name: 'Export…', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('radio', { name: /Meeting pack \(PDF\)/ }).check();
    await dialog.getByRole('button', { name: 'Export meeting pack (PDF)…', exact: true }).click();
    await statusMessage(page, /The meeting pack is in the print dialog/).waitFor();
    expect(await printCalls(page)).toBe(1);
    await dialog.waitFor({ state: 'detached' });

    // On screen nothing changed: the pack is for print only.
    const pack = page.getByRole('article', { name: /^Meeting pack: / });
    expect(await pack.isVisible()).toBe(false);
    expect(await toolbar(page).isVisible()).toBe(true);

    await page.emulateMedia({ media: 'print' });
    await pack.waitFor({ state: 'visible' });
    expect(await toolbar(page).isVisible()).toBe(false);
    await pack.getByRole('heading', { name: 'Local Public Data Panel: engagement' }).waitFor();

    const stakeholders = pack.getByRole('table', { name: 'Stakeholders shown' });
    const rowLabels = await stakeholders.locator('tbody th[scope="row"]').allTextContents();
    expect([...rowLabels].sort()).toEqual([...people].sort());
    const chiefExec = stakeholders.getByRole('row', {
      name: /Panel member – local authority chief executive/,
    });
    expect(await chiefExec.textContent()).toContain('Example borough council (illustrative)');
    expect(await chiefExec.textContent()).toContain('Supportive → Leading');
    expect(await chiefExec.textContent()).toContain('19 Jan 2010');

    const actions = pack.getByRole('table', { name: 'Open actions' });
    expect(await actions.locator('tbody tr').count()).toBeGreaterThan(0);
    // Due in 2010, open still: overdue, in words.
    expect(await actions.getByText('Overdue').count()).toBeGreaterThan(0);
    const messages = pack.getByRole('table', { name: 'Key messages for them' });
    expect(await messages.locator('tbody tr').count()).toBeGreaterThan(0);

    const picture = pack.getByRole('img', { name: /The map .* as shown in the editor/ });
    const size = await picture.evaluate((image: HTMLImageElement) => ({
      width: image.naturalWidth,
      height: image.naturalHeight,
      shownWidth: image.getBoundingClientRect().width,
    }));
    expect(size.width).toBeGreaterThan(400);
    expect(size.height).toBeGreaterThan(300);
    expect(size.shownWidth).toBeGreaterThan(300);

    await mkdir(RESULTS_DIR, { recursive: true });
    await page.screenshot({
      path: `${RESULTS_DIR}example-map-meeting-pack.print.png`,
      fullPage: true,
    });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await writeFile(`${RESULTS_DIR}example-map-meeting-pack.pdf`, pdf);
    await writeFile(PDF_COPY, pdf);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The picture, then one page per section: stakeholders, messages, actions.
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(4);
    expect(pdf.byteLength).toBeGreaterThan(50_000);

    // When the print dialog closes, the pack leaves the page.
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await eventually(() => page.locator('[data-print-area]').count()).toBe(0);
  });
});
