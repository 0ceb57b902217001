import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, filterChoices, filterNodeIds, isFilterActive } from '@shared/domain/filters';
import { neighbourhood } from '@shared/domain/neighbourhood';
import { emptyAssessment } from '@shared/domain/nodes';
import { aNode, aRelationship } from '../../factories/records';

const person = (doNotContact: boolean) => ({
  role: '',
  email: '',
  phone: '',
  involvement: null,
  doNotContact,
});

const nodes = [
  aNode({ id: 'a', kind: 'person', tags: ['panel'], person: person(true) }),
  aNode({
    id: 'b',
    kind: 'organisation',
    tags: ['council'],
    assessment: {
      ...emptyAssessment(),
      sector: 'Local government',
      engagementCurrent: 'supportive',
      ownerId: 'a',
    },
  }),
  aNode({ id: 'c', kind: 'event', tags: ['panel', 'ldex'] }),
];

describe('filters', () => {
  it('keeps everything when empty', () => {
    expect(isFilterActive(EMPTY_FILTER)).toBe(false);
    expect(filterNodeIds(nodes, EMPTY_FILTER).size).toBe(3);
  });

  it('narrows by kind, tag, sector, engagement, owner and do-not-contact', () => {
    const ids = (patch: Partial<typeof EMPTY_FILTER>) => [
      ...filterNodeIds(nodes, { ...EMPTY_FILTER, ...patch }),
    ];
    expect(ids({ kinds: ['event', 'person'] })).toEqual(['a', 'c']);
    expect(ids({ tags: ['panel'] })).toEqual(['a', 'c']);
    expect(ids({ sectors: ['Local government'] })).toEqual(['b']);
    expect(ids({ engagement: ['unknown'] })).toEqual(['a', 'c']);
    expect(ids({ ownerIds: ['a'] })).toEqual(['b']);
    expect(ids({ doNotContact: 'hide' })).toEqual(['b', 'c']);
    expect(ids({ doNotContact: 'only' })).toEqual(['a']);
    expect(ids({ kinds: ['event'], tags: ['council'] })).toEqual([]);
  });

  it('offers each tag and sector once, sorted', () => {
    expect(filterChoices(nodes)).toEqual({
      tags: ['council', 'ldex', 'panel'],
      sectors: ['Local government'],
    });
  });
});

describe('focus neighbourhood', () => {
  const rels = [
    aRelationship({ id: 'r1', sourceId: 'a', targetId: 'b' }),
    aRelationship({ id: 'r2', sourceId: 'c', targetId: 'b' }),
    aRelationship({ id: 'r3', sourceId: 'c', targetId: 'd' }),
  ];
  it('reaches one or two hops in either direction', () => {
    expect([...neighbourhood(['a'], rels, 1)].sort()).toEqual(['a', 'b']);
    expect([...neighbourhood(['a'], rels, 2)].sort()).toEqual(['a', 'b', 'c']);
    expect([...neighbourhood(['d'], rels, 0)]).toEqual(['d']);
  });
});
