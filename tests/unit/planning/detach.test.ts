// Deleting nodes must leave no record pointing at them: owners cleared, interactions, actions and
// messages trimmed, and a contact with nobody left removed.

import { describe, expect, it } from 'vitest';
import { detachNodes } from '@shared/domain/planning/records';
import { aNode } from '../../factories/records';
import { anAction, anAssessed, anInteraction, aMessage } from './planningFactories';

describe('detaching deleted nodes', () => {
  it('clears references everywhere and reports only what changed', () => {
    const result = detachNodes(new Set(['gone', 'event']), {
      nodes: [
        anAssessed('owned', { ownerId: 'gone' }),
        anAssessed('other', { ownerId: 'stays' }),
        anAssessed('gone', { ownerId: 'gone' }),
      ],
      interactions: [
        anInteraction({ id: 'shared', nodeIds: ['gone', 'stays'] }),
        anInteraction({ id: 'alone', nodeIds: ['gone'] }),
        anInteraction({ id: 'untouched', nodeIds: ['stays'] }),
      ],
      actions: [
        anAction({ id: 'owned', ownerId: 'gone', nodeIds: ['stays'] }),
        anAction({ id: 'linked', ownerId: 'stays', nodeIds: ['gone', 'stays'] }),
        anAction({ id: 'untouched', ownerId: 'stays' }),
      ],
      messages: [
        aMessage({
          id: 'm',
          audience: { nodeIds: ['gone', 'stays'], tags: ['panel'], kinds: [] },
          deliveries: [
            { id: 'd1', viaId: 'event', date: null },
            { id: 'd2', viaId: 'wiki', date: null },
          ],
        }),
        aMessage({ id: 'untouched' }),
      ],
    });
    expect(result.nodes.map((node) => [node.id, node.assessment.ownerId])).toEqual([
      ['owned', null],
    ]);
    expect(result.interactions.map((entry) => [entry.id, entry.nodeIds])).toEqual([
      ['shared', ['stays']],
    ]);
    expect(result.removedInteractionIds).toEqual(['alone']);
    expect(result.actions.map((action) => [action.id, action.ownerId, action.nodeIds])).toEqual([
      ['owned', null, ['stays']],
      ['linked', 'stays', ['stays']],
    ]);
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]?.audience).toEqual({
      nodeIds: ['stays'],
      tags: ['panel'],
      kinds: [],
    });
    expect(result.messages[0]?.deliveries.map((delivery) => delivery.id)).toEqual(['d2']);
  });

  it('changes nothing when no record refers to the nodes', () => {
    const result = detachNodes(new Set(['gone']), {
      nodes: [aNode({ id: 'n1' })],
      interactions: [anInteraction({ nodeIds: ['n1'] })],
      actions: [anAction()],
      messages: [aMessage()],
    });
    expect(result).toEqual({
      nodes: [],
      interactions: [],
      removedInteractionIds: [],
      actions: [],
      messages: [],
    });
  });
});
