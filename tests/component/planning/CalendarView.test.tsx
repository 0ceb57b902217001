// The Calendar tab: events and due dates on the month page and the six-month plan, creating an
// event by picking a day, rescheduling by drag and by date field, attendance, and "people
// involved" in a month.

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/data/db';
import { calendarView } from '../../../renderer/features/planning/calendar/definition';
import { undo } from '../../../renderer/state/history';
import { aBundle, aMap, aNode, aRelationship } from '../../factories/records';
import { anAction, anEvent, anInteraction, aPerson } from '../../unit/planning/planningFactories';
import { renderView } from './renderView';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

const M = 'cal-map';
const bundle = () =>
  aBundle({
    map: aMap({ id: M }),
    nodes: [
      anEvent('lis', '2010-01-28', null, { label: 'LIS network meeting', mapId: M }),
      anEvent('ws', '2010-02-01', '2010-02-26', { label: 'LDEx workshops', mapId: M }),
      anEvent('idea', null, null, { label: 'Developer showcase', mapId: M }),
      aPerson('ann', {}, { label: 'Ann', mapId: M }),
      aPerson('bob', {}, { label: 'Bob', mapId: M }),
      aPerson('comms', {}, { label: 'Comms manager', mapId: M }),
      aNode({ id: 'lpdu', kind: 'organisation', label: 'LPDU', mapId: M }),
    ],
    relationships: [
      aRelationship({
        id: 'r1',
        mapId: M,
        sourceId: 'ann',
        targetId: 'ws',
        kind: 'attends',
        attendance: 'invited',
      }),
      aRelationship({
        id: 'r2',
        mapId: M,
        sourceId: 'bob',
        targetId: 'lis',
        kind: 'attends',
        attendance: 'confirmed',
      }),
      aRelationship({ id: 'r3', mapId: M, sourceId: 'lpdu', targetId: 'ws', kind: 'organises' }),
    ],
    interactions: [anInteraction({ mapId: M, date: '2010-01-19', nodeIds: ['ann'] })],
    actions: [
      anAction({
        id: 'comments',
        mapId: M,
        title: 'Send comments',
        due: '2010-02-03',
        ownerId: 'comms',
      }),
      anAction({ id: 'draft', mapId: M, title: 'Draft strategy' }),
    ],
  });

/** A fake drag-and-drop data store, as jsdom has no DataTransfer. */
function dataTransfer() {
  const data = new Map<string, string>();
  return {
    data,
    setData: (type: string, value: string) => data.set(type, value),
    getData: (type: string) => data.get(type) ?? '',
    get types() {
      return [...data.keys()];
    },
    effectAllowed: 'all',
    dropEffect: 'none',
  };
}

/** Shows February 2010 as a month page, where the LDEx workshops begin. */
async function showFebruary(): Promise<void> {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: /^Month$/ }));
  await user.click(screen.getByRole('button', { name: 'Next month ›' }));
}

/**
 * Finds the workshops on their first day (a long event is named again each Monday) and 8
 * February; returns the drag from one to the other, for the test to make when it chooses.
 */
async function dragOfWorkshopsToFebruary8(): Promise<() => void> {
  const [chip] = await screen.findAllByRole('button', { name: /^Event: LDEx workshops/ });
  const target = screen
    .getByRole('button', { name: '8 February 2010: add an event' })
    .closest('td');
  return () => {
    const transfer = dataTransfer();
    fireEvent.dragStart(chip!, { dataTransfer: transfer });
    fireEvent.dragOver(target!, { dataTransfer: transfer });
    fireEvent.drop(target!, { dataTransfer: transfer });
  };
}

/** Another window sets where the workshops are held; this screen has not shown it yet. */
async function holdWorkshopsInLeedsElsewhere(): Promise<void> {
  const stored = (await db.nodes.get([M, 'ws']))!;
  await db.nodes.put({ ...stored, event: { ...stored.event!, location: 'Leeds' } });
}

describe('the calendar', () => {
  it('opens an old map on its six-month plan, with undated plans set aside', async () => {
    await renderView(calendarView, bundle());
    expect(
      await screen.findByRole('heading', { name: 'January 2010 – June 2010' }),
    ).toBeInTheDocument();
    const plan = screen.getByRole('list', { name: 'Scheduled' });
    expect(
      within(plan)
        .getAllByRole('button')
        .map((button) => button.getAttribute('aria-label')),
    ).toEqual([
      'Event: LIS network meeting, 28 January 2010 (planned)',
      'Event: LDEx workshops, 1 February 2010 to 26 February 2010 (planned)',
      'Action due: Send comments, 3 February 2010 (overdue)',
    ]);
    const unscheduled = screen.getByRole('list', { name: 'Not yet scheduled' });
    expect(within(unscheduled).getAllByRole('listitem')).toHaveLength(2);
  });

  it('shows exactly who is involved in a month: events, attendees, organisers and owners', async () => {
    const user = userEvent.setup();
    const { probe } = await renderView(calendarView, bundle());
    await user.click(
      await screen.findByRole('button', {
        name: 'People (4) involved in February 2010: show them in the network',
      }),
    );
    expect(probe.scopes).toEqual([
      {
        label: 'people involved in February 2010',
        nodeIds: new Set(['ws', 'ann', 'lpdu', 'comms']),
      },
    ]);
  });

  it('creates an event on a picked day, as one undoable step', async () => {
    const user = userEvent.setup();
    const { probe } = await renderView(calendarView, bundle());
    await user.click(await screen.findByRole('button', { name: /^Month$/ }));
    await user.click(screen.getByRole('button', { name: 'Next month ›' }));
    await user.click(screen.getByRole('button', { name: '17 February 2010: add an event' }));
    const dialog = screen.getByRole('dialog', { name: 'New event' });
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Event name' }),
      'Messages workshop',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Create event' }));
    await waitFor(async () => expect(await db.nodes.count()).toBe(8));
    const created = (await db.nodes.toArray()).find((node) => node.label === 'Messages workshop');
    expect(created).toMatchObject({
      kind: 'event',
      event: { start: '2010-02-17', end: null, status: 'planned' },
    });
    expect(
      await screen.findByRole('button', {
        name: 'Event: Messages workshop, 17 February 2010 (planned)',
      }),
    ).toBeInTheDocument();
    await waitFor(() => expect(probe.selection).toEqual({ type: 'node', id: created?.id }));
    await undo(M);
    expect(await db.nodes.count()).toBe(7);
  });

  it('reschedules by dragging an event to another day, keeping its length', async () => {
    await renderView(calendarView, bundle());
    await showFebruary();
    (await dragOfWorkshopsToFebruary8())();
    await waitFor(async () =>
      expect((await db.nodes.get([M, 'ws']))?.event).toMatchObject({
        start: '2010-02-08',
        end: '2010-03-05',
      }),
    );
  });

  it('keeps details changed elsewhere when an event is dragged to another day', async () => {
    await renderView(calendarView, bundle());
    await showFebruary();
    const drag = await dragOfWorkshopsToFebruary8();
    await holdWorkshopsInLeedsElsewhere();
    drag();

    await waitFor(async () =>
      expect((await db.nodes.get([M, 'ws']))?.event).toEqual({
        start: '2010-02-08',
        end: '2010-03-05',
        location: 'Leeds',
        status: 'planned',
      }),
    );
  });

  it('keeps details changed elsewhere when the picked event is edited', async () => {
    const user = userEvent.setup();
    await renderView(calendarView, bundle());
    await user.click(await screen.findByRole('button', { name: /^Event: LDEx workshops/ }));
    const panel = await screen.findByRole('region', { name: 'Event: LDEx workshops' });
    await holdWorkshopsInLeedsElsewhere();
    fireEvent.change(within(panel).getByRole('combobox', { name: 'Status' }), {
      target: { value: 'confirmed' },
    });

    await waitFor(async () =>
      expect((await db.nodes.get([M, 'ws']))?.event).toMatchObject({
        status: 'confirmed',
        location: 'Leeds',
        start: '2010-02-01',
      }),
    );
  });

  it('schedules an undated action from its date field', async () => {
    await renderView(calendarView, bundle());
    const field = await screen.findByLabelText('Schedule Draft strategy');
    fireEvent.change(field, { target: { value: '2010-03-15' } });
    await waitFor(async () => expect((await db.actions.get([M, 'draft']))?.due).toBe('2010-03-15'));
  });

  it('edits attendance on the picked event and invites someone else', async () => {
    const user = userEvent.setup();
    await renderView(calendarView, bundle());
    await user.click(await screen.findByRole('button', { name: /^Event: LDEx workshops/ }));
    const panel = await screen.findByRole('region', { name: 'Event: LDEx workshops' });
    await user.selectOptions(
      within(panel).getByRole('combobox', { name: 'Attendance of Ann' }),
      'attended',
    );
    await waitFor(async () =>
      expect((await db.relationships.get([M, 'r1']))?.attendance).toBe('attended'),
    );
    await user.selectOptions(
      within(panel).getByRole('combobox', { name: 'Invite to this event' }),
      'bob',
    );
    await user.click(within(panel).getByRole('button', { name: 'Invite' }));
    await waitFor(async () =>
      expect(
        (await db.relationships.toArray()).some(
          (rel) => rel.sourceId === 'bob' && rel.targetId === 'ws' && rel.kind === 'attends',
        ),
      ).toBe(true),
    );
    expect(within(panel).getByRole('button', { name: 'Export audience list (CSV)' })).toBeEnabled();
  });
});
