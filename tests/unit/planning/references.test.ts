// What deleting nodes would change elsewhere, counted and said in words for the question the
// editor asks first.

import { describe, expect, it } from 'vitest';
import {
  countReferences,
  describeReferences,
  hasReferences,
} from '@shared/domain/planning/references';
import { aNode } from '../../factories/records';
import { aMessage, anAction, anAssessed, anInteraction } from './planningFactories';

const records = {
  nodes: [
    aNode({ id: 'ann' }),
    anAssessed('bob', { ownerId: 'ann' }),
    anAssessed('cara', { ownerId: 'ann' }),
    aNode({ id: 'quiet' }),
  ],
  interactions: [
    anInteraction({ id: 'alone', nodeIds: ['ann'] }),
    anInteraction({ id: 'both', nodeIds: ['ann', 'bob'] }),
    anInteraction({ id: 'other', nodeIds: ['bob'] }),
  ],
  actions: [anAction({ id: 'owned', ownerId: 'ann' }), anAction({ id: 'none', nodeIds: ['bob'] })],
  messages: [
    aMessage({ id: 'heard', audience: { nodeIds: ['ann'], tags: [], kinds: [] } }),
    aMessage({ id: 'via', deliveries: [{ id: 'd', viaId: 'ann', date: null }] }),
  ],
};

describe('references to nodes about to be deleted', () => {
  it('counts each record that names them, as the delete will change it', () => {
    expect(countReferences(new Set(['ann']), records)).toEqual({
      ownedNodes: 2,
      interactionsKept: 1,
      interactionsRemoved: 1,
      actions: 1,
      messages: 2,
    });
  });

  it('finds none for a node nothing names', () => {
    const references = countReferences(new Set(['quiet']), records);
    expect(hasReferences(references)).toBe(false);
    expect(describeReferences(references)).toEqual([]);
  });

  it('says what happens in words, with singulars and plurals right', () => {
    expect(describeReferences(countReferences(new Set(['ann']), records))).toEqual([
      'They are taken off 1 contact, 1 action and 2 messages.',
      '1 contact with no one else is deleted.',
      '2 stakeholders they look after are left without an owner.',
    ]);
    expect(
      describeReferences({
        ownedNodes: 1,
        interactionsKept: 0,
        interactionsRemoved: 2,
        actions: 0,
        messages: 0,
      }),
    ).toEqual([
      '2 contacts with no one else are deleted.',
      '1 stakeholder they look after is left without an owner.',
    ]);
  });
});
