// The contact log per stakeholder: history order, last contact, "not contacted in N days" and
// follow-ups that have come due.

import { describe, expect, it } from 'vitest';
import {
  contactHistory,
  dueFollowUps,
  lastContactByNode,
  notContactedIn,
} from '@shared/domain/planning/contacts';
import { aNode } from '../../factories/records';
import { anInteraction, aPerson } from './planningFactories';

const TODAY = '2010-03-01';

describe('contact history', () => {
  it("lists a node's interactions newest first", () => {
    const log = [
      anInteraction({ id: 'old', date: '2010-01-05', nodeIds: ['n1'] }),
      anInteraction({ id: 'other', date: '2010-02-10', nodeIds: ['n2'] }),
      anInteraction({ id: 'new', date: '2010-02-20T10:00:00Z', nodeIds: ['n2', 'n1'] }),
    ];
    expect(contactHistory('n1', log).map((entry) => entry.id)).toEqual(['new', 'old']);
  });

  it('takes the last contact from interactions up to today, not ones planned later', () => {
    const log = [
      anInteraction({ date: '2010-01-05', nodeIds: ['n1'] }),
      anInteraction({ date: '2010-02-01', nodeIds: ['n1', 'n2'] }),
      anInteraction({ date: '2010-04-01', nodeIds: ['n1'] }),
    ];
    const last = lastContactByNode(log, TODAY);
    expect(last.get('n1')).toBe('2010-02-01');
    expect(last.get('n2')).toBe('2010-02-01');
    expect(last.has('n3')).toBe(false);
  });
});

describe('not contacted in N days', () => {
  const nodes = [
    aPerson('recent'),
    aPerson('stale'),
    aPerson('never-a', {}, { label: 'A never' }),
    aPerson('never-b', {}, { label: 'B never' }),
    aPerson('quiet-please', { doNotContact: true }),
    aNode({ id: 'event', kind: 'event' }),
    aNode({ id: 'org', kind: 'organisation', label: 'Org' }),
  ];
  const log = [
    anInteraction({ date: '2010-02-20', nodeIds: ['recent', 'org'] }),
    anInteraction({ date: '2010-01-01', nodeIds: ['stale'] }),
  ];

  it('lists stakeholders silent for longer than N days, never-contacted first', () => {
    const gaps = notContactedIn(nodes, log, 30, TODAY);
    expect(gaps.map((gap) => [gap.node.id, gap.daysSince])).toEqual([
      ['never-a', null],
      ['never-b', null],
      ['stale', 59],
    ]);
  });

  it('keeps someone contacted exactly N days ago off the list', () => {
    expect(notContactedIn(nodes, log, 59, TODAY).map((gap) => gap.node.id)).not.toContain('stale');
    expect(notContactedIn(nodes, log, 58, TODAY).map((gap) => gap.node.id)).toContain('stale');
  });

  it('never lists events, channels or do-not-contact people', () => {
    const ids = notContactedIn(nodes, [], 0, TODAY).map((gap) => gap.node.id);
    expect(ids).not.toContain('event');
    expect(ids).not.toContain('quiet-please');
    expect(ids).toContain('org');
  });
});

describe('follow-ups', () => {
  it('is due once its date has come and nothing later involved those nodes', () => {
    const log = [
      anInteraction({ id: 'due', date: '2010-01-19', followUp: '2010-02-03', nodeIds: ['n1'] }),
      anInteraction({ id: 'later', date: '2010-01-19', followUp: '2010-04-01', nodeIds: ['n2'] }),
      anInteraction({ id: 'done', date: '2010-01-10', followUp: '2010-01-20', nodeIds: ['n3'] }),
      anInteraction({ id: 'reply', date: '2010-01-25', nodeIds: ['n3'] }),
    ];
    expect(dueFollowUps(log, TODAY).map((entry) => entry.id)).toEqual(['due']);
  });
});
