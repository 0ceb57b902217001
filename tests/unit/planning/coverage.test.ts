// Coverage: who is in a message's audience, and who has heard it through an event they attended
// (or spoke at) or a channel they use.

import { describe, expect, it } from 'vitest';
import {
  audienceMembers,
  coverageMatrix,
  messageReach,
  type CoverageContext,
} from '@shared/domain/planning/coverage';
import type { Relationship, StakeNode } from '@shared/domain/types';
import { aNode, aRelationship } from '../../factories/records';
import { aMessage, anEvent, aPerson } from './planningFactories';

const TODAY = '2010-03-01';

function contextOf(nodes: StakeNode[], relationships: Relationship[]): CoverageContext {
  return { nodesById: new Map(nodes.map((node) => [node.id, node])), relationships, today: TODAY };
}

const attends = (
  id: string,
  sourceId: string,
  targetId: string,
  attendance: Relationship['attendance'],
) => aRelationship({ id, sourceId, targetId, kind: 'attends', attendance });

describe('audience members', () => {
  it('takes named nodes, stakeholders with a tag, and nodes of a kind', () => {
    const nodes = [
      aPerson('named', {}, { label: 'Named' }),
      aPerson('tagged', {}, { label: 'Tagged', tags: ['panel'] }),
      anEvent('tagged-event', null, null, { tags: ['panel'] }),
      aNode({ id: 'org', kind: 'organisation', label: 'Org' }),
      aPerson('nobody', {}, { label: 'Nobody' }),
    ];
    const message = aMessage({
      audience: { nodeIds: ['named'], tags: ['panel'], kinds: ['organisation'] },
    });
    expect(audienceMembers(message, nodes).map((node) => node.id)).toEqual([
      'named',
      'org',
      'tagged',
    ]);
  });
});

describe('who has heard a message', () => {
  const nodes = [
    aPerson('went'),
    aPerson('confirmed'),
    aPerson('invited'),
    aPerson('declined'),
    aPerson('speaker'),
    aNode({ id: 'host', kind: 'network', label: 'Host network' }),
    aPerson('reader'),
    anEvent('workshop', '2010-02-10'),
    anEvent('cancelled', '2010-02-10', null, {
      event: { start: '2010-02-10', end: null, location: '', status: 'cancelled' },
    }),
    aNode({ id: 'wiki', kind: 'channel', label: 'Wiki' }),
  ];
  const relationships = [
    attends('r1', 'went', 'workshop', 'attended'),
    attends('r2', 'confirmed', 'workshop', 'confirmed'),
    attends('r3', 'invited', 'workshop', 'invited'),
    attends('r4', 'declined', 'workshop', 'declined'),
    aRelationship({ id: 'r5', sourceId: 'speaker', targetId: 'workshop', kind: 'speaks-at' }),
    aRelationship({ id: 'r6', sourceId: 'reader', targetId: 'wiki', kind: 'uses-channel' }),
    aRelationship({ id: 'r8', sourceId: 'host', targetId: 'workshop', kind: 'organises' }),
    attends('r7', 'invited', 'cancelled', 'attended'),
  ];
  const context = contextOf(nodes, relationships);

  it('counts a delivery at an event as heard by those who attended, spoke or organised', () => {
    const message = aMessage({ deliveries: [{ id: 'd1', viaId: 'workshop', date: '2010-02-10' }] });
    const reach = (id: string) => messageReach(message, id, context);
    expect(reach('went')).toBe('heard');
    expect(reach('speaker')).toBe('heard');
    expect(reach('host')).toBe('heard');
    expect(reach('confirmed')).toBe('expected');
    expect(reach('invited')).toBeNull();
    expect(reach('declined')).toBeNull();
    expect(reach('reader')).toBeNull();
  });

  it('counts a speaker at an event still to come as expected', () => {
    const later = contextOf(nodes, relationships);
    const message = aMessage({ deliveries: [{ id: 'd1', viaId: 'workshop', date: null }] });
    expect(messageReach(message, 'speaker', { ...later, today: '2010-01-01' })).toBe('expected');
  });

  it('never counts a cancelled event', () => {
    const message = aMessage({ deliveries: [{ id: 'd1', viaId: 'cancelled', date: null }] });
    expect(messageReach(message, 'invited', context)).toBeNull();
  });

  it('counts a channel delivery as heard by its users once its date has passed', () => {
    const past = aMessage({ deliveries: [{ id: 'd1', viaId: 'wiki', date: '2010-02-01' }] });
    const future = aMessage({ deliveries: [{ id: 'd1', viaId: 'wiki', date: '2010-05-01' }] });
    const undated = aMessage({ deliveries: [{ id: 'd1', viaId: 'wiki', date: null }] });
    expect(messageReach(past, 'reader', context)).toBe('heard');
    expect(messageReach(future, 'reader', context)).toBe('expected');
    expect(messageReach(undated, 'reader', context)).toBe('expected');
    expect(messageReach(past, 'went', context)).toBeNull();
  });

  it('builds the audience × message matrix with totals per message', () => {
    const messages = [
      aMessage({
        id: 'm1',
        audience: { nodeIds: ['went', 'invited'], tags: [], kinds: [] },
        deliveries: [{ id: 'd1', viaId: 'workshop', date: '2010-02-10' }],
      }),
      aMessage({
        id: 'm2',
        audience: { nodeIds: ['reader'], tags: [], kinds: [] },
        deliveries: [{ id: 'd1', viaId: 'wiki', date: '2010-02-01' }],
      }),
    ];
    const matrix = coverageMatrix(messages, nodes, context);
    expect(matrix.rows.map((row) => row.node.id)).toEqual(['invited', 'reader', 'went']);
    const went = matrix.rows.find((row) => row.node.id === 'went');
    expect(went?.cells).toEqual([
      { messageId: 'm1', inAudience: true, reach: 'heard' },
      { messageId: 'm2', inAudience: false, reach: null },
    ]);
    expect(matrix.totals).toEqual([
      { messageId: 'm1', audienceSize: 2, heard: 1, expected: 0 },
      { messageId: 'm2', audienceSize: 1, heard: 1, expected: 0 },
    ]);
  });
});
