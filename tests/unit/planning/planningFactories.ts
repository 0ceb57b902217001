// Factories for the planning records (interactions, actions, messages) and for assessed nodes,
// so each planning test states only what matters to it.

import type { Action, Assessment, Interaction, KeyMessage, StakeNode } from '@shared/domain/types';
import { aNode } from '../../factories/records';

const NOW = '2026-01-01T00:00:00.000Z';

export function anInteraction(overrides: Partial<Interaction> = {}): Interaction {
  return {
    id: 'i1',
    mapId: 'map-1',
    date: '2010-01-19',
    type: 'meeting',
    nodeIds: ['n1'],
    summary: '',
    followUp: null,
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

export function anAction(overrides: Partial<Action> = {}): Action {
  return {
    id: 'a1',
    mapId: 'map-1',
    title: 'Send comments',
    due: null,
    ownerId: null,
    nodeIds: [],
    done: false,
    notes: '',
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

export function aMessage(overrides: Partial<KeyMessage> = {}): KeyMessage {
  return {
    id: 'm1',
    mapId: 'map-1',
    title: 'The benefits of local data sharing',
    text: '',
    status: 'draft',
    audience: { nodeIds: [], tags: [], kinds: [] },
    deliveries: [],
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

/** A node with some of its assessment set. */
export function anAssessed(
  id: string,
  assessment: Partial<Assessment>,
  overrides: Partial<StakeNode> = {},
): StakeNode {
  const node = aNode({ id, label: overrides.label ?? id, ...overrides });
  return { ...node, assessment: { ...node.assessment, ...assessment } };
}

export function anEvent(
  id: string,
  start: string | null,
  end: string | null = null,
  overrides: Partial<StakeNode> = {},
): StakeNode {
  return aNode({
    id,
    kind: 'event',
    label: overrides.label ?? id,
    event: { start, end, location: '', status: 'planned' },
    ...overrides,
  });
}

export function aPerson(
  id: string,
  person: Partial<NonNullable<StakeNode['person']>> = {},
  overrides: Partial<StakeNode> = {},
): StakeNode {
  return aNode({
    id,
    kind: 'person',
    label: overrides.label ?? id,
    person: { role: '', email: '', phone: '', involvement: null, doNotContact: false, ...person },
    ...overrides,
  });
}
