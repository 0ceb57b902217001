// Undo and redo across every kind of change: twenty mixed edits to the example map, made through
// the toolbar, the inspector, the table, the canvas keys and a layout, are undone with Ctrl+Z
// until the map in IndexedDB is exactly what it was, then redone with Ctrl+Shift+Z until it is
// exactly what the edits made it (the updatedAt stamps aside: an undo is a new write).

import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  addNode,
  canvas,
  connectSelectedTo,
  editInspectorField,
  goToNode,
  inspector,
  relationshipButton,
  toolbar,
} from './support/app';
import { useAppSession } from './support/session';
import { withoutChromium } from './support/chromium';
import {
  nodesTable,
  openExampleMap,
  readMapContents,
  showView,
  storedNode,
} from './support/editor';
import { readMapRecords } from './support/indexedDb';
import { eventually } from './support/wait';

const EDITS = 20;

/** The keyboard focus on the canvas: Ctrl+Z there is the map's, not a text field's. */
async function focusCanvas(page: Page): Promise<void> {
  await canvas(page).focus();
  expect(await canvas(page).evaluate((element) => element === document.activeElement)).toBe(true);
}

describe.skipIf(withoutChromium)('undo and redo', () => {
  const session = useAppSession();

  test('twenty mixed edits undone leave the map as before, and redone as after', async () => {
    const { page } = session();
    const mapId = await openExampleMap(page);
    const before = await readMapContents(page, mapId);
    const undoButton = toolbar(page).getByRole('button', { name: 'Undo', exact: true });
    const redoButton = toolbar(page).getByRole('button', { name: 'Redo', exact: true });
    expect(await undoButton.isDisabled()).toBe(true);
    const panel = inspector(page);
    const node = (label: string) => storedNode(page, mapId, label);
    let edits = 0;
    /** Runs one edit, then waits until IndexedDB shows its effect before the next. */
    const edit = async (make: () => Promise<unknown>, saved: () => Promise<unknown>) => {
      await make();
      await eventually(saved).toBe(true);
      edits += 1;
    };

    // 1–6: a new person, renamed, tagged, with an email and scores, through toolbar and inspector.
    await edit(
      () => addNode(page, 'Person', 'Ada Lovelace'),
      async () => (await node('Ada Lovelace')).kind === 'person',
    );
    const ada = await node('Ada Lovelace');
    await edit(
      () => editInspectorField(page, 'Label', 'Ada King'),
      async () => (await readMapRecords(page, 'nodes', mapId)).some((n) => n.label === 'Ada King'),
    );
    await edit(
      () => editInspectorField(page, 'Tags', 'panel, data'),
      async () => (await node('Ada King')).tags.join() === 'panel,data',
    );
    await edit(
      () => editInspectorField(page, 'Email', 'ada@example.org'),
      async () => (await node('Ada King')).person?.email === 'ada@example.org',
    );
    await edit(
      () => editInspectorField(page, 'Influence', '7'),
      async () => (await node('Ada King')).assessment.influence === 7,
    );
    await edit(
      () =>
        panel
          .getByRole('combobox', { name: 'Current engagement', exact: true })
          .selectOption({ label: 'Supportive' }),
      async () => (await node('Ada King')).assessment.engagementCurrent === 'supportive',
    );

    // 7–9: connect through the inspector, make the relationship undirected and strong.
    await edit(
      () => connectSelectedTo(page, 'Cabinet Office', 'works for'),
      async () =>
        (await readMapRecords(page, 'relationships', mapId)).length ===
        before.relationships.length + 1,
    );
    await relationshipButton(page, 'works for → Cabinet Office').click();
    await edit(
      () => panel.getByRole('checkbox', { name: 'Directed', exact: true }).click(),
      async () =>
        (await readMapRecords(page, 'relationships', mapId)).some(
          (rel) => rel.sourceId === ada.id && rel.targetId === 'cabinet-office' && !rel.directed,
        ),
    );
    await edit(
      () =>
        panel
          .getByRole('combobox', { name: 'Strength', exact: true })
          .selectOption({ label: '3 – strong' }),
      async () =>
        (await readMapRecords(page, 'relationships', mapId)).some(
          (rel) => rel.sourceId === ada.id && rel.strength === 3,
        ),
    );

    // 10: a kind change on an existing node.
    await goToNode(page, 'Cabinet Office');
    await edit(
      () =>
        panel
          .getByRole('combobox', { name: 'Kind', exact: true })
          .selectOption({ label: 'Network' }),
      async () => (await node('Cabinet Office')).kind === 'network',
    );

    // 11–12: nudged with the arrow keys on the canvas, a small step and a large one.
    await goToNode(page, 'Ada King');
    const start = (await node('Ada King')).position;
    await focusCanvas(page);
    await edit(
      () => page.keyboard.press('ArrowRight'),
      async () => (await node('Ada King')).position.x === start.x + 10,
    );
    await edit(
      () => page.keyboard.press('Shift+ArrowDown'),
      async () => (await node('Ada King')).position.y === start.y + 50,
    );

    // 13: the Delete key on the canvas deletes a node with relationships, whom other nodes and
    // actions name as their owner.
    await goToNode(page, 'LPDU Communications Manager');
    await focusCanvas(page);
    await edit(
      async () => {
        // Other records name this person, so the app asks first; the delete is one step still.
        await page.keyboard.press('Delete');
        const confirm = page.getByRole('alertdialog', { name: 'Delete 1 node?' });
        await confirm.getByRole('button', { name: 'Delete 1 node' }).click();
        await confirm.waitFor({ state: 'detached' });
      },
      async () =>
        !(await readMapRecords(page, 'nodes', mapId)).some((n) => n.id === 'lpdu-comms-manager'),
    );
    const afterDelete = await readMapContents(page, mapId);
    expect(afterDelete.relationships.length).toBeLessThan(before.relationships.length);
    expect(afterDelete.nodes.some((n) => n.assessment.ownerId === 'lpdu-comms-manager')).toBe(
      false,
    );

    // 14–16: a new event with a start date, and Ada attending it.
    await edit(
      () => addNode(page, 'Event', 'Data summit'),
      async () =>
        (await readMapRecords(page, 'nodes', mapId)).some((n) => n.label === 'Data summit'),
    );
    await edit(
      async () => {
        const startField = panel.getByLabel('Start', { exact: true });
        await startField.fill('2010-03-01');
        await startField.press('Tab');
      },
      async () => (await node('Data summit')).event?.start === '2010-03-01',
    );
    const summit = await node('Data summit');
    await goToNode(page, 'Ada King');
    await edit(
      () => connectSelectedTo(page, 'Data summit', 'attends'),
      async () =>
        (await readMapRecords(page, 'relationships', mapId)).some(
          (rel) => rel.kind === 'attends' && rel.targetId === summit.id,
        ),
    );

    // 17–18: a rename and a kind change in place in the table.
    await showView(page, 'Table');
    await edit(
      async () => {
        const label = nodesTable(page).getByRole('textbox', { name: 'Label of Panel blog' });
        await label.fill('Panel weblog');
        await label.press('Tab');
      },
      async () =>
        (await readMapRecords(page, 'nodes', mapId)).some((n) => n.label === 'Panel weblog'),
    );
    await edit(
      () =>
        nodesTable(page)
          .getByRole('combobox', { name: 'Kind of Discussion forums' })
          .selectOption({ label: 'Community' }),
      async () => (await node('Discussion forums')).kind === 'community',
    );

    // 19: interest on the selected node, in the inspector beside the table.
    await goToNode(page, 'Panel weblog');
    await edit(
      () => editInspectorField(page, 'Interest', '2'),
      async () => (await node('Panel weblog')).assessment.interest === 2,
    );

    // 20: a layout moves every node at once.
    await showView(page, 'Network');
    const positions = JSON.stringify(
      (await readMapContents(page, mapId)).nodes.map((n) => n.position),
    );
    await toolbar(page).getByRole('combobox', { name: 'Layout' }).selectOption({ label: 'Grid' });
    await edit(
      () => toolbar(page).getByRole('button', { name: 'Run layout', exact: true }).click(),
      async () =>
        JSON.stringify((await readMapContents(page, mapId)).nodes.map((n) => n.position)) !==
        positions,
    );

    expect(edits).toBe(EDITS);
    const after = await readMapContents(page, mapId);
    expect(after).not.toEqual(before);

    // Undo all twenty from the keyboard, with the focus on the canvas.
    await focusCanvas(page);
    for (let step = 0; step < EDITS; step += 1) await page.keyboard.press('Control+z');
    await eventually(() => undoButton.isDisabled()).toBe(true);
    await eventually(() => readMapContents(page, mapId)).toEqual(before);

    // And redo all twenty.
    await focusCanvas(page);
    for (let step = 0; step < EDITS; step += 1) await page.keyboard.press('Control+Shift+Z');
    await eventually(() => redoButton.isDisabled()).toBe(true);
    await eventually(() => readMapContents(page, mapId)).toEqual(after);
    expect(await undoButton.isDisabled()).toBe(false);
  });
});
