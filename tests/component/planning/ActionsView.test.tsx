// The Actions tab: adding, grouping per owner, overdue ones marked in words, done and undo.

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/data/db';
import { actionsView } from '../../../renderer/features/planning/actions/definition';
import { undo } from '../../../renderer/state/history';
import { aBundle, aMap } from '../../factories/records';
import { anAction, aPerson } from '../../unit/planning/planningFactories';
import { dayFromToday, renderView } from './renderView';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

const M = 'actions-map';
const bundle = () =>
  aBundle({
    map: aMap({ id: M }),
    nodes: [
      aPerson('comms', {}, { label: 'Comms manager', mapId: M }),
      aPerson('member', {}, { label: 'Panel member', mapId: M }),
    ],
    relationships: [],
    actions: [
      anAction({
        id: 'late',
        mapId: M,
        title: 'Send comments',
        due: dayFromToday(-3),
        ownerId: 'comms',
      }),
      anAction({
        id: 'soon',
        mapId: M,
        title: 'Book the room',
        due: dayFromToday(7),
        ownerId: 'comms',
      }),
      anAction({ id: 'nobody', mapId: M, title: 'Draft strategy', nodeIds: ['member'] }),
      anAction({ id: 'done', mapId: M, title: 'Old task', done: true, ownerId: 'comms' }),
    ],
  });

describe('the actions view', () => {
  it('groups open actions per owner with overdue ones said in words', async () => {
    await renderView(actionsView, bundle());
    const comms = await screen.findByRole('list', { name: 'Actions for Comms manager' });
    const items = within(comms).getAllByRole('listitem');
    expect(
      items.map((item) => within(item).getByRole('checkbox').closest('label')?.textContent),
    ).toEqual(['Send comments', 'Book the room']);
    expect(within(items[0]!).getByText(/^Overdue since/)).toBeInTheDocument();
    expect(within(items[1]!).queryByText(/^Overdue/)).not.toBeInTheDocument();
    const nobody = screen.getByRole('list', { name: 'Actions for No owner' });
    expect(within(nobody).getByRole('button', { name: 'Panel member' })).toBeInTheDocument();
    expect(screen.queryByText('Old task')).not.toBeInTheDocument();
    expect(screen.getByText('3 open, 1 overdue, 1 done.')).toBeInTheDocument();
  });

  it('marks an action done and undo reopens it', async () => {
    const user = userEvent.setup();
    await renderView(actionsView, bundle());
    await user.click(await screen.findByRole('checkbox', { name: 'Send comments' }));
    await waitFor(async () => expect((await db.actions.get([M, 'late']))?.done).toBe(true));
    await undo(M);
    expect((await db.actions.get([M, 'late']))?.done).toBe(false);
  });

  it('adds an action with a due date, owner and the nodes it concerns', async () => {
    const user = userEvent.setup();
    await renderView(actionsView, bundle());
    const form = await screen.findByRole('form', { name: 'New action' });
    await user.type(within(form).getByRole('textbox', { name: 'Title' }), 'Nominate members');
    await user.type(within(form).getByLabelText('Due'), '2010-02-01');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Owner' }), 'comms');
    await user.selectOptions(
      within(form).getByRole('combobox', { name: 'Add to concerns' }),
      'member',
    );
    await user.click(within(form).getByRole('button', { name: 'Add action' }));
    await waitFor(async () => expect(await db.actions.count()).toBe(5));
    const added = (await db.actions.toArray()).find(
      (action) => action.title === 'Nominate members',
    );
    expect(added).toMatchObject({
      due: '2010-02-01',
      ownerId: 'comms',
      nodeIds: ['member'],
      done: false,
    });
  });

  it('reschedules an action from its due date field', async () => {
    await renderView(actionsView, bundle());
    const due = await screen.findByLabelText('Due date of Book the room');
    // A date picker sets the whole date at once.
    fireEvent.change(due, { target: { value: '2030-05-06' } });
    await waitFor(async () => expect((await db.actions.get([M, 'soon']))?.due).toBe('2030-05-06'));
  });
});
