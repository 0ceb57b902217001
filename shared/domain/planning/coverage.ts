// Who has heard which key message. A message's audience is the nodes it names, the stakeholders
// carrying one of its tags and the nodes of its kinds; a member has heard it when a delivery
// reached them: at an event they attended, spoke at or organised, or through a channel they use.

import type { KeyMessage, MessageDelivery, Relationship, StakeNode } from '../types';
import { dayOf, type Day } from './days';
import { isStakeholder, sortNodesByLabel } from './stakeholders';

export function isInAudience(message: KeyMessage, node: StakeNode): boolean {
  const { nodeIds, tags, kinds } = message.audience;
  if (nodeIds.includes(node.id)) return true;
  if (kinds.includes(node.kind)) return true;
  // Events and channels carry topic tags ("panel", "ldex") too, but they are places, not audiences.
  return isStakeholder(node) && node.tags.some((tag) => tags.includes(tag));
}

export function audienceMembers(message: KeyMessage, nodes: readonly StakeNode[]): StakeNode[] {
  return sortNodesByLabel(nodes.filter((node) => isInAudience(message, node)));
}

/**
 * heard: a delivery has reached them; expected: one will (confirmed for the event, speaking at or
 * organising an event still to come, or a channel delivery not yet made); null: nothing reaches
 * them. Invited is not expected: an invitation is not a yes.
 */
export type Reach = 'heard' | 'expected' | null;

const REACH_RANK: Record<'heard' | 'expected', number> = { heard: 2, expected: 1 };

function better(a: Reach, b: Reach): Reach {
  if (a === null) return b;
  if (b === null) return a;
  return REACH_RANK[a] >= REACH_RANK[b] ? a : b;
}

/** The relationships between a node and a place, whichever way round they were drawn. */
function linksBetween(
  relationships: readonly Relationship[],
  nodeId: string,
  placeId: string,
): Relationship[] {
  return relationships.filter(
    (rel) =>
      (rel.sourceId === nodeId && rel.targetId === placeId) ||
      (rel.sourceId === placeId && rel.targetId === nodeId),
  );
}

function eventIsOver(event: StakeNode, today: Day): boolean {
  if (event.event?.status === 'held') return true;
  const last = dayOf(event.event?.end) ?? dayOf(event.event?.start);
  return last !== null && last < today;
}

/** How one delivery reaches one node. */
export function reachOf(
  delivery: MessageDelivery,
  nodeId: string,
  context: CoverageContext,
): Reach {
  const via = context.nodesById.get(delivery.viaId);
  if (!via) return null;
  const links = linksBetween(context.relationships, nodeId, via.id);
  if (via.kind === 'channel') {
    if (!links.some((rel) => rel.kind === 'uses-channel')) return null;
    const when = dayOf(delivery.date);
    return when !== null && when <= context.today ? 'heard' : 'expected';
  }
  if (via.kind !== 'event' || via.event?.status === 'cancelled') return null;
  let reach: Reach = null;
  for (const rel of links) {
    if (rel.kind === 'attends') {
      if (rel.attendance === 'attended') reach = better(reach, 'heard');
      else if (rel.attendance === 'confirmed') reach = better(reach, 'expected');
    } else if (rel.kind === 'speaks-at' || rel.kind === 'organises') {
      reach = better(reach, eventIsOver(via, context.today) ? 'heard' : 'expected');
    }
  }
  return reach;
}

export interface CoverageContext {
  nodesById: ReadonlyMap<string, StakeNode>;
  relationships: readonly Relationship[];
  today: Day;
}

export function messageReach(message: KeyMessage, nodeId: string, context: CoverageContext): Reach {
  return message.deliveries.reduce<Reach>(
    (best, delivery) => better(best, reachOf(delivery, nodeId, context)),
    null,
  );
}

export interface CoverageCell {
  messageId: string;
  inAudience: boolean;
  reach: Reach;
}

export interface CoverageRow {
  node: StakeNode;
  cells: CoverageCell[];
}

export interface MessageCoverage {
  messageId: string;
  audienceSize: number;
  heard: number;
  expected: number;
}

export interface CoverageMatrix {
  rows: CoverageRow[];
  totals: MessageCoverage[];
}

/** One row per member of any message's audience, one cell per message, in the messages' order. */
export function coverageMatrix(
  messages: readonly KeyMessage[],
  nodes: readonly StakeNode[],
  context: CoverageContext,
): CoverageMatrix {
  const members = nodes.filter((node) => messages.some((message) => isInAudience(message, node)));
  const rows = sortNodesByLabel(members).map((node) => ({
    node,
    cells: messages.map((message) => ({
      messageId: message.id,
      inAudience: isInAudience(message, node),
      reach: messageReach(message, node.id, context),
    })),
  }));
  const totals = messages.map((message, index) => {
    const cells = rows.map((row) => row.cells[index]).filter((cell) => cell?.inAudience);
    return {
      messageId: message.id,
      audienceSize: cells.length,
      heard: cells.filter((cell) => cell?.reach === 'heard').length,
      expected: cells.filter((cell) => cell?.reach === 'expected').length,
    };
  });
  return { rows, totals };
}
