// axe-core, run inside the page, finds no violations at all (of any impact) in the editor: the
// network view, the table view, the inspector for a node of every kind and for a relationship,
// and the editor's transient states (filter panel, search results, a refused value, the
// shortcut sheet).

import { describe, expect, test } from 'vitest';
import { editInspectorField, goToNode, inspector, inspectorField, toolbar } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { useAppSession } from './support/session';
import { withoutChromium } from './support/chromium';
import {
  nodeRow,
  openExampleMap,
  openFilterPanel,
  relationshipsTable,
  searchBox,
  searchResults,
  showView,
} from './support/editor';
import { eventually } from './support/wait';

/** A node of each kind in the example map, and the heading its inspector shows. */
const ONE_OF_EACH_KIND = [
  { kind: 'Person', label: 'Professor Nigel Shadbolt', field: 'Email' },
  { kind: 'Organisation', label: 'Communities and Local Government (CLG)', field: 'Website' },
  { kind: 'Community', label: 'Developers outside local government', field: 'Platform link' },
  { kind: 'Event', label: 'LPDP first meeting', field: 'Location' },
  { kind: 'Channel', label: 'IDEA Communities of Practice', field: 'Link' },
  { kind: 'Network', label: 'Local Public Data Panel (LPDP)', field: 'Sector' },
] as const;

describe.skipIf(withoutChromium)('axe-core in the editor', () => {
  const session = useAppSession();

  test('the network view, and the inspector for a node of every kind and a relationship', async () => {
    const { page } = session();
    await openExampleMap(page);
    await inspector(page).getByText('Nothing selected').waitFor();
    await expectNoAxeViolations(page, 'the network view with nothing selected');

    for (const { kind, label, field } of ONE_OF_EACH_KIND) {
      await goToNode(page, label);
      await inspector(page).getByRole('heading', { level: 2, name: kind, exact: true }).waitFor();
      await inspector(page).getByLabel(field, { exact: true }).waitFor();
      await expectNoAxeViolations(page, `the inspector for a ${kind.toLowerCase()}`);
    }

    // A relationship, and an "attends" one, which has an attendance field too.
    await goToNode(page, 'LPDP first meeting');
    const attends = inspector(page)
      .getByRole('list', { name: 'Relationships' })
      .getByRole('button', { name: /^attends ← / })
      .first();
    await attends.click();
    await inspector(page).getByRole('combobox', { name: 'Attendance', exact: true }).waitFor();
    await expectNoAxeViolations(page, 'the inspector for an "attends" relationship');
    await goToNode(page, 'Professor Nigel Shadbolt');
    await inspector(page)
      .getByRole('list', { name: 'Relationships' })
      .getByRole('button')
      .first()
      .click();
    await inspector(page).getByRole('heading', { level: 2, name: 'Relationship' }).waitFor();
    await expectNoAxeViolations(page, 'the inspector for a relationship');
  });

  test('the table view, with a row selected', async () => {
    const { page } = session();
    await openExampleMap(page);
    await showView(page, 'Table');
    await expectNoAxeViolations(page, 'the table view with nothing selected');
    await nodeRow(page, 'Cabinet Office').focus();
    await eventually(() => nodeRow(page, 'Cabinet Office').getAttribute('aria-selected')).toBe(
      'true',
    );
    await expectNoAxeViolations(page, 'the table view with a node selected');
    await relationshipsTable(page).locator('tbody > tr').first().focus();
    await inspector(page).getByRole('heading', { level: 2, name: 'Relationship' }).waitFor();
    await expectNoAxeViolations(page, 'the table view with a relationship selected');
  });

  test('the filter panel, search results, a refused value, colour by engagement and the shortcut sheet', async () => {
    const { page } = session();
    await openExampleMap(page);

    const panel = await openFilterPanel(page);
    await panel
      .getByRole('group', { name: 'Kind', exact: true })
      .getByRole('checkbox', { name: 'Person', exact: true })
      .check();
    await expectNoAxeViolations(page, 'the editor with the filter panel open and a filter on');

    await searchBox(page).fill('panel');
    await searchResults(page).waitFor();
    await expectNoAxeViolations(page, 'the editor with search results open');
    await searchBox(page).fill('');

    await toolbar(page)
      .getByRole('combobox', { name: 'Colour by', exact: true })
      .selectOption({ label: 'Current engagement' });
    await page.getByRole('region', { name: 'Legend' }).getByText('Supportive').waitFor();
    await expectNoAxeViolations(page, 'the editor coloured by engagement');

    await goToNode(page, 'Professor Nigel Shadbolt');
    await editInspectorField(page, 'Email', 'not an email');
    await eventually(() => inspectorField(page, 'Email').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'the inspector with a refused value');

    await toolbar(page).getByRole('button', { name: 'Keyboard shortcuts', exact: true }).click();
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await expectNoAxeViolations(page, 'the shortcut sheet');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog').count()).toBe(0);
  });
});
