// Audience lists for a message or an event: members one step out are added, do-not-contact
// people and those who want no involvement are left out, and the CSV is safe in a spreadsheet.

import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { audienceCsv, neutraliseFormula, toCsv } from '@shared/domain/planning/audienceCsv';
import { eventAudienceList, messageAudienceList } from '@shared/domain/planning/audienceList';
import { aNode, aRelationship } from '../../factories/records';
import { aMessage, anEvent, aPerson } from './planningFactories';

const nodes = [
  aNode({ id: 'panel', kind: 'network', label: 'Panel' }),
  aPerson(
    'ann',
    { involvement: 'email', email: 'ann@example.org', role: 'Chief executive' },
    { label: 'Ann' },
  ),
  aPerson('bob', { involvement: 'workshop' }, { label: 'Bob' }),
  aPerson('cat', { doNotContact: true }, { label: 'Cat' }),
  aPerson('dan', { involvement: 'none' }, { label: 'Dan' }),
  aPerson('eve', {}, { label: 'Eve' }),
  anEvent('workshop', '2010-02-10'),
];
const relationships = [
  aRelationship({ id: 'r1', sourceId: 'ann', targetId: 'panel', kind: 'member-of' }),
  aRelationship({ id: 'r2', sourceId: 'cat', targetId: 'panel', kind: 'member-of' }),
  aRelationship({ id: 'r3', sourceId: 'dan', targetId: 'panel', kind: 'member-of' }),
  aRelationship({
    id: 'r4',
    sourceId: 'bob',
    targetId: 'workshop',
    kind: 'attends',
    attendance: 'confirmed',
  }),
  aRelationship({
    id: 'r5',
    sourceId: 'eve',
    targetId: 'workshop',
    kind: 'attends',
    attendance: 'declined',
  }),
  aRelationship({ id: 'r6', sourceId: 'ann', targetId: 'workshop', kind: 'speaks-at' }),
  aRelationship({
    id: 'r7',
    sourceId: 'cat',
    targetId: 'workshop',
    kind: 'attends',
    attendance: 'invited',
  }),
];

describe('audience list for a message', () => {
  it('adds the members of audience groups and leaves out who must not be contacted', () => {
    const message = aMessage({ audience: { nodeIds: ['panel'], tags: [], kinds: [] } });
    const list = messageAudienceList(message, nodes, relationships);
    expect(list.entries.map((entry) => [entry.node.id, entry.reason, entry.involvement])).toEqual([
      ['ann', 'member of Panel', 'email'],
      ['panel', 'in the audience', null],
    ]);
    expect(list.doNotContact.map((node) => node.id)).toEqual(['cat']);
    expect(list.notInvolved.map((node) => node.id)).toEqual(['dan']);
  });
});

describe('audience list for an event', () => {
  it('lists attendees who have not declined and speakers', () => {
    const list = eventAudienceList('workshop', nodes, relationships);
    expect(list.entries.map((entry) => [entry.node.id, entry.reason])).toEqual([
      ['ann', 'speaking'],
      ['bob', 'attending (confirmed)'],
    ]);
    expect(list.doNotContact.map((node) => node.id)).toEqual(['cat']);
  });
});

describe('audience CSV', () => {
  it('writes a header and one row per entry, with the approach from the preference', () => {
    const list = eventAudienceList('workshop', nodes, relationships);
    const parsed = Papa.parse<string[]>(audienceCsv(list)).data;
    expect(parsed[0]).toEqual([
      'Name',
      'Kind',
      'Role',
      'Email',
      'Phone',
      'Preferred involvement',
      'Approach',
      'Why on the list',
    ]);
    expect(parsed[1]).toEqual([
      'Ann',
      'Person',
      'Chief executive',
      'ann@example.org',
      '',
      'Email',
      'Email',
      'speaking',
    ]);
    expect(parsed[2]?.[6]).toBe('Invite to a workshop');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(neutraliseFormula(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`);
    }
    expect(neutraliseFormula('Ann = chair')).toBe('Ann = chair');
    const csv = toCsv([['=HYPERLINK("http://evil")', 'plain, with comma', 'say "hi"']]);
    expect(Papa.parse<string[]>(csv).data[0]).toEqual([
      `'=HYPERLINK("http://evil")`,
      'plain, with comma',
      'say "hi"',
    ]);
  });
});
