// Who to contact for a message or an event, ready to hand to a mail merge: the audience (or the
// event's attendees and speakers) plus, one step out, whoever is a member of or works for them.
// People marked do-not-contact, and people who asked not to be involved, are left out and counted.

import type { KeyMessage, Relationship, StakeNode } from '../types';
import type { InvolvementPreference } from '../vocabulary';
import { audienceMembers } from './coverage';
import { compareLabels } from './stakeholders';

export interface AudienceEntry {
  node: StakeNode;
  /** Why they are on the list: "in the audience", "member of Local Public Data Panel"… */
  reason: string;
  involvement: InvolvementPreference | null;
}

export interface AudienceList {
  entries: AudienceEntry[];
  /** Left out because they are marked do-not-contact. */
  doNotContact: StakeNode[];
  /** Left out because their preferred involvement is "none". */
  notInvolved: StakeNode[];
}

/** How to approach someone, from their preferred involvement. */
export const APPROACH_BY_INVOLVEMENT: Record<InvolvementPreference | 'unknown', string> = {
  workshop: 'Invite to a workshop',
  email: 'Email',
  meeting: 'Arrange a meeting',
  event: 'Invite to an event',
  none: 'Do not involve',
  unknown: 'Not stated',
};

/** Relationship kinds that make someone part of a group: reaching the group reaches them. */
const BELONGS_TO = new Set(['member-of', 'works-for']);

function expand(
  seeds: ReadonlyArray<{ node: StakeNode; reason: string }>,
  nodes: readonly StakeNode[],
  relationships: readonly Relationship[],
): AudienceList {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const reasons = new Map<string, { node: StakeNode; reason: string }>();
  for (const seed of seeds) if (!reasons.has(seed.node.id)) reasons.set(seed.node.id, seed);
  for (const seed of seeds) {
    for (const rel of relationships) {
      if (rel.targetId !== seed.node.id || !BELONGS_TO.has(rel.kind)) continue;
      const member = byId.get(rel.sourceId);
      if (!member || reasons.has(member.id)) continue;
      const relation = rel.kind === 'member-of' ? 'member of' : 'works for';
      reasons.set(member.id, {
        node: member,
        reason: `${relation} ${seed.node.label || '(no label)'}`,
      });
    }
  }
  const list: AudienceList = { entries: [], doNotContact: [], notInvolved: [] };
  for (const { node, reason } of reasons.values()) {
    const person = node.person;
    if (node.kind === 'person' && person?.doNotContact) list.doNotContact.push(node);
    else if (node.kind === 'person' && person?.involvement === 'none') list.notInvolved.push(node);
    else {
      list.entries.push({
        node,
        reason,
        involvement: node.kind === 'person' ? (person?.involvement ?? null) : null,
      });
    }
  }
  list.entries.sort((a, b) => compareLabels(a.node.label, b.node.label));
  return list;
}

export function messageAudienceList(
  message: KeyMessage,
  nodes: readonly StakeNode[],
  relationships: readonly Relationship[],
): AudienceList {
  const seeds = audienceMembers(message, nodes).map((node) => ({
    node,
    reason: 'in the audience',
  }));
  return expand(seeds, nodes, relationships);
}

/** An event's audience: who attends (unless they declined) and who speaks there. */
export function eventAudienceList(
  eventId: string,
  nodes: readonly StakeNode[],
  relationships: readonly Relationship[],
): AudienceList {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const seeds: Array<{ node: StakeNode; reason: string }> = [];
  for (const rel of relationships) {
    if (rel.targetId !== eventId) continue;
    const node = byId.get(rel.sourceId);
    if (!node) continue;
    if (rel.kind === 'attends' && rel.attendance !== 'declined') {
      seeds.push({ node, reason: `attending (${rel.attendance ?? 'invited'})` });
    } else if (rel.kind === 'speaks-at') {
      seeds.push({ node, reason: 'speaking' });
    }
  }
  return expand(seeds, nodes, relationships);
}
