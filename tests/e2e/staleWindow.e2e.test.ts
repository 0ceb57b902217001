// Two tabs on one profile, so one database: a tab whose map was changed in the other tab after its
// own last change cannot undo its older values over that newer work. It says so, and the newer
// work stays in IndexedDB.

import { afterEach, describe, expect, test } from 'vitest';
import {
  addNode,
  createMap,
  editInspectorField,
  inspectorField,
  toolbar,
  waitForEditor,
  waitForSaved,
} from './support/app';
import { expectNoProblems, launchApp, type AppSession } from './support/browser';
import { withoutChromium } from './support/chromium';
import { readMapRecords } from './support/indexedDb';
import { eventually } from './support/wait';

describe.skipIf(withoutChromium)('a stale window', () => {
  let session: AppSession | undefined;

  afterEach(async () => {
    await session?.dispose();
    session = undefined;
  });

  test('cannot undo over a newer change made in another tab', async () => {
    session = await launchApp();
    const first = session.page;
    const mapId = await createMap(first, 'Shared map');
    await addNode(first, 'Person', 'Ada');
    await editInspectorField(first, 'Label', 'Ada Lovelace');
    await waitForSaved(first);

    const second = await session.context.newPage();
    await second.goto(new URL(`#/maps/${encodeURIComponent(mapId)}`, session.appUrl).toString());
    await waitForEditor(second, 'Shared map');
    await toolbar(second).getByRole('combobox', { name: 'Go to node' }).selectOption({
      label: 'Ada Lovelace',
    });
    await editInspectorField(second, 'Label', 'Ada King');
    await waitForSaved(second);
    // The first tab shows the newer name through its live query…
    await eventually(() => inspectorField(first, 'Label').inputValue()).toBe('Ada King');

    // …and its Undo, which would put back "Ada", is refused with a reason.
    await toolbar(first).getByRole('button', { name: 'Undo', exact: true }).click();
    const alert = first.getByRole('alert');
    await alert.getByText('Undo failed: the map is as it was.').waitFor();
    await alert.getByText(/changed in another window or tab/).waitFor();
    expect((await readMapRecords(first, 'nodes', mapId)).map((node) => node.label)).toEqual([
      'Ada King',
    ]);
    // Its history is gone, since every step in it was older than the other tab's change.
    await eventually(() =>
      toolbar(first).getByRole('button', { name: 'Undo', exact: true }).isDisabled(),
    ).toBe(true);

    // The tab that made the newest change can still undo it.
    await toolbar(second).getByRole('button', { name: 'Undo', exact: true }).click();
    await eventually(async () =>
      (await readMapRecords(second, 'nodes', mapId)).map((node) => node.label),
    ).toEqual(['Ada Lovelace']);
    expectNoProblems(session.problems);
  });
});
