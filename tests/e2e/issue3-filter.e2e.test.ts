// Filter and focus: ticking a kind narrows the map to it (the table lists only what matches), what
// does not match is dimmed or hidden on the canvas as chosen, "Clear filters" brings everything
// back, and focus on the selection leaves the node and its neighbours.

import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { goToNode, inspector, toolbar } from './support/app';
import { useAppSession } from './support/session';
import { withoutChromium } from './support/chromium';
import {
  clickCanvasCentre,
  inspectedLabel,
  nodeRowLabels,
  nodesShown,
  openExampleMap,
  openFilterPanel,
  showView,
} from './support/editor';
import { readMapRecords } from './support/indexedDb';
import { eventually } from './support/wait';

async function labelsOfKind(page: Page, mapId: string, kind: string): Promise<string[]> {
  return (await readMapRecords(page, 'nodes', mapId))
    .filter((node) => node.kind === kind)
    .map((node) => node.label)
    .sort();
}

describe.skipIf(withoutChromium)('filter and focus', () => {
  const session = useAppSession();

  test('a kind filter narrows the table, dims or hides the rest, and clears', async () => {
    const { page } = session();
    const mapId = await openExampleMap(page);
    const total = (await readMapRecords(page, 'nodes', mapId)).length;
    const events = await labelsOfKind(page, mapId, 'event');
    expect(events.length).toBeGreaterThan(1);

    const panel = await openFilterPanel(page);
    const kinds = panel.getByRole('group', { name: 'Kind', exact: true });
    const eventBox = kinds.getByRole('checkbox', { name: 'Event', exact: true });
    // Ticking and unticking a box leaves the panel open for the next choice.
    await kinds.getByRole('checkbox', { name: 'Person', exact: true }).check();
    await kinds.getByRole('checkbox', { name: 'Person', exact: true }).uncheck();
    expect(await panel.getAttribute('open')).not.toBeNull();
    await eventBox.check();

    await showView(page, 'Table');
    await eventually(() => nodesShown(page)).toEqual({ shown: events.length, total });
    expect((await nodeRowLabels(page)).sort()).toEqual(events);

    // On the canvas, a node the filter leaves out is still there when dimmed (a click on it
    // selects it) and gone when hidden (the same click lands on the background).
    await showView(page, 'Network');
    const dim = panel.getByRole('radio', { name: 'Dim it', exact: true });
    const hide = panel.getByRole('radio', { name: 'Hide it', exact: true });
    expect(await dim.isChecked()).toBe(true);
    await goToNode(page, 'Cabinet Office');
    await clickCanvasCentre(page);
    expect(await inspectedLabel(page)).toBe('Cabinet Office');

    await hide.check();
    expect(await dim.isChecked()).toBe(false);
    await goToNode(page, 'Cabinet Office');
    await clickCanvasCentre(page);
    await inspector(page).getByText('Nothing selected').waitFor();
    // An event is still drawn, and still selectable, when the rest is hidden.
    await goToNode(page, 'LPDP first meeting');
    await clickCanvasCentre(page);
    expect(await inspectedLabel(page)).toBe('LPDP first meeting');

    // Hiding or dimming, the table lists only what matches.
    await showView(page, 'Table');
    expect(await nodesShown(page)).toEqual({ shown: events.length, total });

    await dim.check();
    await showView(page, 'Network');
    await goToNode(page, 'Cabinet Office');
    await clickCanvasCentre(page);
    expect(await inspectedLabel(page)).toBe('Cabinet Office');

    await panel.getByRole('button', { name: 'Clear filters', exact: true }).click();
    // The panel stays open where the user is working: it used to snap shut the moment no filter
    // was left, so clearing (or unticking the last box) hid the panel from under the pointer.
    await eventually(() => eventBox.isChecked()).toBe(false);
    expect(await panel.getAttribute('open')).not.toBeNull();
    expect(await eventBox.isVisible()).toBe(true);
    expect(await panel.getByRole('button', { name: 'Clear filters' }).isDisabled()).toBe(true);
    await showView(page, 'Table');
    await eventually(() => nodesShown(page)).toEqual({ shown: total, total });
  });

  test('focus on the selection shows the node and its neighbours, one or two steps out', async () => {
    const { page } = session();
    const mapId = await openExampleMap(page);
    const nodes = await readMapRecords(page, 'nodes', mapId);
    const relationships = await readMapRecords(page, 'relationships', mapId);
    const labelOf = new Map(nodes.map((node) => [node.id, node.label]));
    const focus = nodes.find((node) => node.label === 'Professor Nigel Shadbolt');
    if (!focus) throw new Error('The example map has no Professor Nigel Shadbolt.');
    const neighboursOf = (ids: ReadonlySet<string>): Set<string> => {
      const near = new Set(ids);
      for (const rel of relationships) {
        if (ids.has(rel.sourceId)) near.add(rel.targetId);
        if (ids.has(rel.targetId)) near.add(rel.sourceId);
      }
      return near;
    };
    const oneStep = neighboursOf(new Set([focus.id]));
    const twoSteps = neighboursOf(oneStep);
    const labels = (ids: ReadonlySet<string>) => [...ids].map((id) => labelOf.get(id)).sort();
    expect(oneStep.size).toBeGreaterThan(1);
    expect(twoSteps.size).toBeGreaterThan(oneStep.size);

    await goToNode(page, 'Professor Nigel Shadbolt');
    const panel = await openFilterPanel(page);
    const focusChoice = panel.getByRole('combobox', { name: 'Focus on selection', exact: true });
    await focusChoice.selectOption({ label: 'Selection and 1 step' });
    await showView(page, 'Table');
    await eventually(async () => (await nodeRowLabels(page)).sort()).toEqual(labels(oneStep));
    expect(await nodesShown(page)).toEqual({ shown: oneStep.size, total: nodes.length });
    // The selection stays selected while the focus narrows around it.
    expect(await inspectedLabel(page)).toBe('Professor Nigel Shadbolt');

    await focusChoice.selectOption({ label: 'Selection and 2 steps' });
    await eventually(async () => (await nodeRowLabels(page)).sort()).toEqual(labels(twoSteps));

    await focusChoice.selectOption({ label: 'Off' });
    await eventually(() => nodesShown(page)).toEqual({ shown: nodes.length, total: nodes.length });
    await toolbar(page).waitFor();
  });
});
