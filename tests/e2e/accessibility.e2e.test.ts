// Every screen passes axe-core's checks without serious or critical violations: names for every
// control, valid ARIA, dialogs that say what they are. Moderate findings are printed, not failed,
// so they stay visible without blocking.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  backToMaps,
  goToNode,
  goToNodeLabels,
  inspector,
  toolbar,
  waitForEditor,
} from './support/app';
import { useAppSession } from './support/session';
import { withoutChromium } from './support/chromium';

const EXAMPLE_MAP_NAME = 'Local Public Data Panel: engagement';
const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Finding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Runs axe-core on the whole page (evaluated by the driver, so the app's CSP is not loosened). */
async function audit(page: Page): Promise<Finding[]> {
  await page.evaluate(await axeSource);
  const results = await page.evaluate(async () => {
    const axe = Reflect.get(window, 'axe') as { run(context: Document): Promise<AxeResults> };
    return (await axe.run(document)).violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
  return results;
}

async function expectAccessible(page: Page, screen: string): Promise<void> {
  const findings = await audit(page);
  const blocking = findings.filter((finding) => ['serious', 'critical'].includes(finding.impact));
  const other = findings.filter((finding) => !blocking.includes(finding));
  if (other.length > 0) {
    console.warn(
      `Accessibility findings on ${screen} (not failing):\n` +
        other.map((finding) => `  ${finding.impact} ${finding.rule}: ${finding.help}`).join('\n'),
    );
  }
  expect(blocking, screen).toEqual([]);
}

describe.skipIf(withoutChromium)('accessibility', () => {
  const session = useAppSession();

  test('the map list, the editor and the dialogs have no serious violations', async () => {
    const { page } = session();
    await page.getByText('No maps yet').waitFor();
    await expectAccessible(page, 'the empty map list');

    await page.getByRole('button', { name: 'New map', exact: true }).click();
    await page.getByRole('dialog', { name: 'New map' }).waitFor();
    await expectAccessible(page, 'the New map dialog');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Open example map', exact: true }).click();
    await waitForEditor(page, EXAMPLE_MAP_NAME);
    await inspector(page).getByText('Nothing selected').waitFor();
    await expectAccessible(page, 'the editor with nothing selected');

    // A node with relationships, so the inspector shows everything it can.
    const relationships = inspector(page).getByRole('list', { name: 'Relationships' });
    for (const label of await goToNodeLabels(page)) {
      await goToNode(page, label);
      if ((await relationships.count()) > 0) break;
    }
    await expectAccessible(page, 'the editor with a node selected');

    await relationships.getByRole('button').first().click();
    await inspector(page).getByRole('button', { name: 'Delete relationship' }).waitFor();
    await expectAccessible(page, 'the editor with a relationship selected');

    await toolbar(page).waitFor();
    await backToMaps(page);
    await page.getByRole('button', { name: `Delete ${EXAMPLE_MAP_NAME}`, exact: true }).click();
    await page.getByRole('alertdialog').waitFor();
    await expectAccessible(page, 'the Delete map dialog');
  });
});
