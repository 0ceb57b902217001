// Search selects and centres: a query that differs from the label in case and accents finds the
// node, Enter selects it, and the node is then in the middle of the canvas, where a click lands on
// it and keeps it selected. Each search goes to a node elsewhere on the map, so only a search that
// really centred its node puts that node under the click.

import { describe, expect, test } from 'vitest';
import { inspector, inspectorField } from './support/app';
import { useAppSession } from './support/session';
import { withoutChromium } from './support/chromium';
import {
  clickCanvasCentre,
  inspectedLabel,
  openExampleMap,
  searchBox,
  searchResults,
} from './support/editor';
import { eventually } from './support/wait';

describe.skipIf(withoutChromium)('search', () => {
  const session = useAppSession();

  test('finds a node whatever the case and accents, selects it and centres it', async () => {
    const { page } = session();
    await openExampleMap(page);
    await inspector(page).getByText('Nothing selected').waitFor();

    await searchBox(page).fill('CABINET office');
    await eventually(() => searchResults(page).getByRole('button').allTextContents()).toEqual([
      'Cabinet Office (Organisation)',
    ]);
    await searchBox(page).press('Enter');
    await eventually(() => inspectedLabel(page)).toBe('Cabinet Office');
    // The query is cleared and the results close once a node is picked.
    expect(await searchBox(page).inputValue()).toBe('');
    expect(await searchResults(page).count()).toBe(0);
    await clickCanvasCentre(page);
    expect(await inspectedLabel(page)).toBe('Cabinet Office');

    // Accents the label does not have, and upper case.
    await searchBox(page).fill('STÄKEHOLDER wíki');
    // Best first: the node whose label starts with the query, then those that mention it.
    await eventually(() => searchResults(page).getByRole('button').first().textContent()).toBe(
      'Stakeholder wiki (Channel)',
    );
    await searchBox(page).press('Enter');
    await eventually(() => inspectedLabel(page)).toBe('Stakeholder wiki');
    await clickCanvasCentre(page);
    expect(await inspectedLabel(page)).toBe('Stakeholder wiki');

    // A lower-case query for an upper-case abbreviation: every LPDU node comes up, and the one
    // whose label starts with the query comes first.
    await searchBox(page).fill('lpdu');
    const lpdu = searchResults(page).getByRole('button');
    await eventually(() => lpdu.allTextContents()).toEqual(
      expect.arrayContaining([
        'LPDU Communications Manager (Person)',
        'Local Public Data Unit (LPDU) (Organisation)',
      ]),
    );
    expect(await lpdu.first().textContent()).toBe('LPDU Communications Manager (Person)');
    await searchBox(page).press('Enter');
    await eventually(() => inspectedLabel(page)).toBe('LPDU Communications Manager');
  });

  test('finds a node by its role, and a click on a result selects it', async () => {
    const { page } = session();
    await openExampleMap(page);
    await searchBox(page).fill('KEYNOTE');
    await searchResults(page)
      .getByRole('button', { name: 'Professor Nigel Shadbolt (Person)', exact: true })
      .click();
    await eventually(() => inspectedLabel(page)).toBe('Professor Nigel Shadbolt');
    expect(await inspectorField(page, 'Role').inputValue()).toBe('Keynote speaker');
    expect(await searchResults(page).count()).toBe(0);
  });

  // Regression: centerOn used cy.center(node), which centres the node's bounding box, label
  // included, so a three-line label put the node itself about 23px above the middle.
  test('centres the node itself, not the node with its label below it', async () => {
    const { page } = session();
    await openExampleMap(page);
    await searchBox(page).fill('communications manager');
    await searchBox(page).press('Enter');
    await eventually(() => inspectedLabel(page)).toBe('LPDU Communications Manager');
    await clickCanvasCentre(page);
    expect(await inspectedLabel(page)).toBe('LPDU Communications Manager');
  });

  test('says so when nothing matches, and Enter then selects nothing', async () => {
    const { page } = session();
    await openExampleMap(page);
    await searchBox(page).fill('Shadbolt Cabinet');
    await page
      .getByRole('status')
      .filter({ hasText: 'No node matches “Shadbolt Cabinet”.' })
      .waitFor();
    expect(await searchResults(page).count()).toBe(0);
    await searchBox(page).press('Enter');
    await inspector(page).getByText('Nothing selected').waitFor();
  });
});
