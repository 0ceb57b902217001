// The Contacts tab: logging a contact, "not contacted in N days", and deleting with undo.

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/data/db';
import { contactsView } from '../../../renderer/features/planning/contacts/definition';
import { undo } from '../../../renderer/state/history';
import { aBundle, aMap, aNode } from '../../factories/records';
import { anInteraction, aPerson } from '../../unit/planning/planningFactories';
import { dayFromToday, renderView } from './renderView';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

const M = 'contacts-map';
const bundle = () =>
  aBundle({
    map: aMap({ id: M }),
    nodes: [
      aPerson('ann', {}, { label: 'Ann', mapId: M }),
      aPerson('bob', {}, { label: 'Bob', mapId: M }),
      aPerson('cat', { doNotContact: true }, { label: 'Cat', mapId: M }),
      aNode({ id: 'event', kind: 'event', label: 'Workshop', mapId: M }),
    ],
    relationships: [],
    interactions: [
      anInteraction({ id: 'recent', mapId: M, date: dayFromToday(-10), nodeIds: ['ann'] }),
      anInteraction({
        id: 'old',
        mapId: M,
        date: dayFromToday(-45),
        nodeIds: ['bob'],
        summary: 'Talked about the LDEx workshops',
        followUp: dayFromToday(-5),
      }),
    ],
  });

describe('the contact log', () => {
  it('lists who has not been contacted in N days, and updates as N changes', async () => {
    const user = userEvent.setup();
    const { probe } = await renderView(contactsView, bundle());
    const quiet = await screen.findByRole('table', {
      name: 'stakeholders not contacted in 30 days',
    });
    expect(
      within(quiet)
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getAllByRole('cell')[0]?.textContent),
    ).toEqual(['Bob']);
    const days = screen.getByRole('spinbutton', { name: 'Days without contact' });
    await user.clear(days);
    await user.type(days, '5');
    const wider = await screen.findByRole('table', {
      name: 'stakeholders not contacted in 5 days',
    });
    expect(
      within(wider)
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getAllByRole('cell')[0]?.textContent),
    ).toEqual(['Bob', 'Ann']);
    await user.click(screen.getByRole('button', { name: 'Show in network' }));
    expect(probe.scopes[0]?.nodeIds).toEqual(new Set(['bob', 'ann']));
  });

  it('marks a follow-up that has come due', async () => {
    await renderView(contactsView, bundle());
    expect(await screen.findByText(/\(due\)$/)).toHaveClass('overdue');
    expect(
      screen.getByRole('heading', { name: /All contacts \(2, 1 follow-ups due\)/ }),
    ).toBeInTheDocument();
  });

  it('logs a contact with several nodes as one undoable step', async () => {
    const user = userEvent.setup();
    await renderView(contactsView, bundle());
    const form = await screen.findByRole('form', { name: 'Log a contact' });
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Type' }), 'call');
    const add = within(form).getByRole('combobox', { name: 'Add to with' });
    await user.selectOptions(add, 'ann');
    await user.selectOptions(add, 'bob');
    await user.type(within(form).getByRole('textbox', { name: 'Summary' }), 'Agreed to speak');
    await user.click(within(form).getByRole('button', { name: 'Log contact' }));
    await waitFor(async () => expect(await db.interactions.count()).toBe(3));
    const logged = (await db.interactions.toArray()).find((entry) => entry.type === 'call');
    expect(logged).toMatchObject({ nodeIds: ['ann', 'bob'], summary: 'Agreed to speak' });
    expect(await screen.findByText('Agreed to speak')).toBeInTheDocument();
    await undo(M);
    expect(await db.interactions.count()).toBe(2);
  });

  it('refuses a contact with nobody', async () => {
    const user = userEvent.setup();
    await renderView(contactsView, bundle());
    await user.click(await screen.findByRole('button', { name: 'Log contact' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose who the contact was with.');
    expect(await db.interactions.count()).toBe(2);
  });

  it('deletes a contact, and undo brings it back', async () => {
    const user = userEvent.setup();
    await renderView(contactsView, bundle());
    const log = await screen.findByRole('list', { name: 'Contact log' });
    await user.click(within(log).getAllByRole('button', { name: /^Delete the meeting of/ })[0]!);
    await waitFor(async () => expect(await db.interactions.count()).toBe(1));
    await undo(M);
    expect(await db.interactions.count()).toBe(2);
  });
});
