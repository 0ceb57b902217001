// The calendar: events and action due dates as items, who is involved in a period, where the
// six-month plan opens, and rescheduling an event.

import { describe, expect, it } from 'vitest';
import {
  calendarItems,
  involvedIn,
  itemsInMonth,
  planStartMonth,
  rescheduleEvent,
} from '@shared/domain/planning/calendar';
import { aNode, aRelationship } from '../../factories/records';
import { anAction, anEvent, aPerson } from './planningFactories';

const TODAY = '2010-01-25';

describe('calendar items', () => {
  it('puts dated events and actions on the calendar and keeps the rest unscheduled', () => {
    const nodes = [
      anEvent('workshops', '2010-02-01', '2010-02-26'),
      anEvent('backwards', '2010-03-10', '2010-03-01'),
      anEvent('idea', null),
      aPerson('ann'),
    ];
    const actions = [
      anAction({ id: 'late', due: '2010-01-20' }),
      anAction({ id: 'undated', due: null, title: 'Draft strategy' }),
      anAction({ id: 'finished', due: null, done: true }),
    ];
    const { dated, undated } = calendarItems(nodes, actions, TODAY);
    expect(dated.map((item) => [item.id, item.start, item.end])).toEqual([
      ['late', '2010-01-20', '2010-01-20'],
      ['workshops', '2010-02-01', '2010-02-26'],
      ['backwards', '2010-03-10', '2010-03-10'],
    ]);
    expect(dated[0]).toMatchObject({ type: 'action', overdue: true });
    expect(undated.map((item) => item.id)).toEqual(['undated', 'idea']);
  });

  it('shows an event in every month it spans', () => {
    const { dated } = calendarItems([anEvent('long', '2010-01-30', '2010-02-02')], [], TODAY);
    expect(itemsInMonth(dated, '2010-01')).toHaveLength(1);
    expect(itemsInMonth(dated, '2010-02')).toHaveLength(1);
    expect(itemsInMonth(dated, '2010-03')).toHaveLength(0);
  });
});

describe('who is involved in a period', () => {
  it('takes attendees (not those who declined), speakers, organisers, owners and action owners', () => {
    const nodes = [
      anEvent('feb', '2010-02-10', null, {
        assessment: { ...aNode().assessment, ownerId: 'owner' },
      }),
      anEvent('march', '2010-03-10'),
      aPerson('went'),
      aPerson('declined'),
      aPerson('speaker'),
      aNode({ id: 'host', kind: 'organisation' }),
      aPerson('owner'),
      aPerson('doer'),
      aPerson('march-goer'),
      aPerson('bystander'),
    ];
    const relationships = [
      aRelationship({
        id: 'r1',
        sourceId: 'went',
        targetId: 'feb',
        kind: 'attends',
        attendance: 'attended',
      }),
      aRelationship({
        id: 'r2',
        sourceId: 'declined',
        targetId: 'feb',
        kind: 'attends',
        attendance: 'declined',
      }),
      aRelationship({ id: 'r3', sourceId: 'speaker', targetId: 'feb', kind: 'speaks-at' }),
      aRelationship({ id: 'r4', sourceId: 'host', targetId: 'feb', kind: 'organises' }),
      aRelationship({ id: 'r5', sourceId: 'march-goer', targetId: 'march', kind: 'attends' }),
      aRelationship({ id: 'r6', sourceId: 'bystander', targetId: 'feb', kind: 'influences' }),
    ];
    const actions = [anAction({ id: 'a', due: '2010-02-03', ownerId: 'doer' })];
    const { dated } = calendarItems(nodes, actions, TODAY);
    const involved = involvedIn(dated, '2010-02-01', '2010-02-28', {
      nodesById: new Map(nodes.map((node) => [node.id, node])),
      relationships,
      actions,
    });
    expect([...involved].sort()).toEqual(['doer', 'feb', 'host', 'owner', 'speaker', 'went']);
  });
});

describe('where the six-month plan opens', () => {
  const { dated } = calendarItems(
    [anEvent('held', '2009-12-07'), anEvent('lis', '2010-01-28'), anEvent('ws', '2010-02-01')],
    [],
    TODAY,
  );

  it('opens on this month when anything is planned from now on, or nothing is planned', () => {
    expect(planStartMonth(dated, '2010-01-25', null)).toBe('2010-01');
    expect(planStartMonth([], '2026-06-01', '2010-01-19')).toBe('2026-06');
  });

  it('opens an old map on the month of its latest contact when its plan goes on after it', () => {
    expect(planStartMonth(dated, '2026-06-01', '2010-01-19')).toBe('2010-01');
    expect(planStartMonth(dated, '2026-06-01', '2011-01-19')).toBe('2009-12');
  });

  it('otherwise opens on the six months ending with its latest item', () => {
    expect(planStartMonth(dated, '2026-06-01', null)).toBe('2009-12');
    const { dated: spread } = calendarItems(
      [anEvent('a', '2009-01-10'), anEvent('b', '2010-02-01')],
      [],
      TODAY,
    );
    expect(planStartMonth(spread, '2026-06-01', null)).toBe('2009-09');
  });
});

describe('rescheduling an event', () => {
  const details = { start: '2010-02-01', end: '2010-02-26', location: 'Leeds', status: null };

  it('moves its start and keeps its length', () => {
    expect(rescheduleEvent(details, '2010-03-01')).toEqual({
      ...details,
      start: '2010-03-01',
      end: '2010-03-26',
    });
  });

  it('keeps a time of day and leaves an open end open', () => {
    expect(
      rescheduleEvent({ ...details, start: '2010-01-28T18:30', end: null }, '2010-02-04'),
    ).toMatchObject({ start: '2010-02-04T18:30', end: null });
  });

  it('schedules an undated event, dropping an end that would come before the start', () => {
    expect(
      rescheduleEvent({ ...details, start: null, end: '2010-01-01' }, '2010-02-04'),
    ).toMatchObject({
      start: '2010-02-04',
      end: null,
    });
  });
});
