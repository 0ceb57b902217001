// One spreadsheet with its own column names, semicolon separated and saved with a byte order mark
// (as Excel does in much of Europe), imported through "Import…": the user says what each column
// holds, with the keyboard, sees the preview, and gets one new map with exactly those choices.

import { describe, expect, test } from 'vitest';
import { waitForEditor } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { withoutChromium } from './support/chromium';
import { useAppSession } from './support/session';
import { chooseImportFile } from './support/importing';
import { readStore } from './support/indexedDb';

const PANEL_CSV = [
  'Wer;Art;Schlagwörter;Funktion;Team;Vertraulich',
  'Zoë Müller;Person;panel|chair;Chair;Data;call after 6',
  'Cabinet Office;Organisation;government;;Policy;',
  'Data forum;Network;;;;',
].join('\r\n');

describe.skipIf(withoutChromium)('importing one spreadsheet with a column mapping', () => {
  const session = useAppSession();

  test('maps the columns with the keyboard and creates one map as chosen', async () => {
    const { page } = session();
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    await chooseImportFile(page, {
      name: 'Panel.csv',
      mimeType: 'text/csv',
      buffer: Buffer.concat([bom, Buffer.from(PANEL_CSV, 'utf8')]),
    });

    const dialog = page.getByRole('dialog', { name: 'Choose what each column holds' });
    await dialog.waitFor();
    const select = (column: string) =>
      dialog.getByRole('combobox', { name: `Read “${column}” as`, exact: true });
    // Headers that are not Stakemap's names: the first column is taken as the label, the rest kept.
    expect(await select('Wer').inputValue()).toBe('label');
    expect(await select('Team').inputValue()).toBe('extra');
    await expectNoAxeViolations(page, 'the column-mapping step');

    // Keyboard only: focus moves with Tab, a native select changes with typed letters.
    await select('Wer').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.type('Kind');
    expect(await select('Art').inputValue()).toBe('kind');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Tags');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Role');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Leave');
    expect(await select('Vertraulich').inputValue()).toBe('drop');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Continue');
    await page.keyboard.press('Enter');

    const preview = page.getByRole('dialog', { name: 'Import as a new map' });
    await preview.getByText('will become a new map with 3 nodes and 0 relationships').waitFor();
    await preview
      .getByText('Panel.csv: cells separated by semicolons')
      .waitFor({ state: 'attached' });
    await preview.getByText("Column 'Vertraulich' was left out, as chosen").waitFor();
    await preview.getByRole('textbox', { name: 'Map name' }).fill('Panel from Excel');
    await preview.getByRole('button', { name: 'Import as new map' }).click();
    await waitForEditor(page, 'Panel from Excel');

    const maps = await readStore(page, 'maps');
    expect(maps.map((map) => map.name)).toEqual(['Panel from Excel']);
    const nodes = await readStore(page, 'nodes');
    expect(nodes.map(({ label, kind }) => [label, kind]).sort()).toEqual([
      ['Cabinet Office', 'organisation'],
      ['Data forum', 'network'],
      ['Zoë Müller', 'person'],
    ]);
    const zoe = nodes.find((node) => node.label === 'Zoë Müller');
    expect(zoe).toMatchObject({
      tags: ['panel', 'chair'],
      person: { role: 'Chair' },
      extra: { Team: 'Data' },
    });
    expect(JSON.stringify(nodes)).not.toContain('call after 6');
  });
});
