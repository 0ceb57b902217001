// New interactions, actions, messages and deliveries with sensible defaults, and the pure edits
// that keep them free of references to nodes that are being deleted.

import type {
  Action,
  Interaction,
  KeyMessage,
  MessageDelivery,
  StakeNode,
  Timestamp,
} from '../types';
import type { InteractionType } from '../vocabulary';

interface NewRecord {
  id: string;
  mapId: string;
  now: Timestamp;
}

export function createInteraction(
  base: NewRecord,
  fields: Pick<Interaction, 'date' | 'nodeIds'> &
    Partial<Pick<Interaction, 'summary' | 'followUp'>> & { type?: InteractionType },
): Interaction {
  return {
    id: base.id,
    mapId: base.mapId,
    date: fields.date,
    type: fields.type ?? 'meeting',
    nodeIds: [...new Set(fields.nodeIds)],
    summary: fields.summary ?? '',
    followUp: fields.followUp ?? null,
    createdAt: base.now,
    updatedAt: base.now,
  };
}

export function createAction(
  base: NewRecord,
  fields: Pick<Action, 'title'> & Partial<Pick<Action, 'due' | 'ownerId' | 'nodeIds' | 'notes'>>,
): Action {
  return {
    id: base.id,
    mapId: base.mapId,
    title: fields.title.trim(),
    due: fields.due ?? null,
    ownerId: fields.ownerId ?? null,
    nodeIds: [...new Set(fields.nodeIds ?? [])],
    done: false,
    notes: fields.notes ?? '',
    createdAt: base.now,
    updatedAt: base.now,
  };
}

export function createMessage(base: NewRecord, title: string): KeyMessage {
  return {
    id: base.id,
    mapId: base.mapId,
    title: title.trim(),
    text: '',
    status: 'draft',
    audience: { nodeIds: [], tags: [], kinds: [] },
    deliveries: [],
    createdAt: base.now,
    updatedAt: base.now,
  };
}

export function createDelivery(id: string, viaId: string, date: string | null): MessageDelivery {
  return { id, viaId, date };
}

/** What must change on a map so that none of its records points at the nodes being deleted. */
export interface Detachment {
  /** Nodes whose owner is going, with the owner cleared. */
  nodes: StakeNode[];
  /** Interactions that still involve someone, without the deleted nodes. */
  interactions: Interaction[];
  /** Interactions that involved only deleted nodes: a contact with nobody left is removed. */
  removedInteractionIds: string[];
  /** Actions without the deleted nodes and, if the owner is going, without an owner. */
  actions: Action[];
  /** Messages without the deleted nodes in their audience, and without deliveries via them. */
  messages: KeyMessage[];
}

export function detachNodes(
  ids: ReadonlySet<string>,
  records: {
    nodes: readonly StakeNode[];
    interactions: readonly Interaction[];
    actions: readonly Action[];
    messages: readonly KeyMessage[];
  },
): Detachment {
  const keep = (list: readonly string[]) => list.filter((id) => !ids.has(id));
  const result: Detachment = {
    nodes: [],
    interactions: [],
    removedInteractionIds: [],
    actions: [],
    messages: [],
  };
  for (const node of records.nodes) {
    if (ids.has(node.id) || !node.assessment.ownerId || !ids.has(node.assessment.ownerId)) continue;
    result.nodes.push({ ...node, assessment: { ...node.assessment, ownerId: null } });
  }
  for (const entry of records.interactions) {
    if (!entry.nodeIds.some((id) => ids.has(id))) continue;
    const nodeIds = keep(entry.nodeIds);
    if (nodeIds.length === 0) result.removedInteractionIds.push(entry.id);
    else result.interactions.push({ ...entry, nodeIds });
  }
  for (const action of records.actions) {
    const ownerGoes = action.ownerId !== null && ids.has(action.ownerId);
    if (!ownerGoes && !action.nodeIds.some((id) => ids.has(id))) continue;
    result.actions.push({
      ...action,
      ownerId: ownerGoes ? null : action.ownerId,
      nodeIds: keep(action.nodeIds),
    });
  }
  for (const message of records.messages) {
    const touched =
      message.audience.nodeIds.some((id) => ids.has(id)) ||
      message.deliveries.some((delivery) => ids.has(delivery.viaId));
    if (!touched) continue;
    result.messages.push({
      ...message,
      audience: { ...message.audience, nodeIds: keep(message.audience.nodeIds) },
      deliveries: message.deliveries.filter((delivery) => !ids.has(delivery.viaId)),
    });
  }
  return result;
}
