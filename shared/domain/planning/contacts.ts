// The contact log read per stakeholder: each node's history, when they were last contacted, and
// who has not been contacted for a while. Dates compare as calendar days.

import type { Interaction, StakeNode } from '../types';
import { daysBetween, dayOf, type Day } from './days';
import { compareLabels, isStakeholder } from './stakeholders';

/** Interactions newest first; on the same day the one recorded last comes first. */
export function sortInteractions(interactions: readonly Interaction[]): Interaction[] {
  return [...interactions].sort(
    (a, b) =>
      (dayOf(b.date) ?? '').localeCompare(dayOf(a.date) ?? '') ||
      b.createdAt.localeCompare(a.createdAt),
  );
}

export function contactHistory(
  nodeId: string,
  interactions: readonly Interaction[],
): Interaction[] {
  return sortInteractions(interactions.filter((entry) => entry.nodeIds.includes(nodeId)));
}

/**
 * The last day each node was contacted, from interactions dated no later than `today`: a
 * meeting booked for next week is not a contact yet.
 */
export function lastContactByNode(
  interactions: readonly Interaction[],
  today: Day,
): Map<string, Day> {
  const last = new Map<string, Day>();
  for (const entry of interactions) {
    const day = dayOf(entry.date);
    if (!day || day > today) continue;
    for (const nodeId of entry.nodeIds) {
      const known = last.get(nodeId);
      if (!known || day > known) last.set(nodeId, day);
    }
  }
  return last;
}

export interface ContactGap {
  node: StakeNode;
  lastContact: Day | null;
  /** Days since the last contact; null when never contacted. */
  daysSince: number | null;
}

/**
 * Stakeholders not contacted in the last `days` days (or never), longest silence first and
 * never-contacted before all others. Do-not-contact people are left out: silence is what they
 * asked for.
 */
export function notContactedIn(
  nodes: readonly StakeNode[],
  interactions: readonly Interaction[],
  days: number,
  today: Day,
): ContactGap[] {
  const last = lastContactByNode(interactions, today);
  const gaps: ContactGap[] = [];
  for (const node of nodes) {
    if (!isStakeholder(node) || node.person?.doNotContact) continue;
    const lastContact = last.get(node.id) ?? null;
    const daysSince = lastContact === null ? null : daysBetween(lastContact, today);
    if (daysSince === null || daysSince > days) gaps.push({ node, lastContact, daysSince });
  }
  return gaps.sort(
    (a, b) =>
      (b.daysSince ?? Number.POSITIVE_INFINITY) - (a.daysSince ?? Number.POSITIVE_INFINITY) ||
      compareLabels(a.node.label, b.node.label),
  );
}

/** Follow-ups that are due: the follow-up date has come and nothing newer involves those nodes. */
export function dueFollowUps(interactions: readonly Interaction[], today: Day): Interaction[] {
  return sortInteractions(
    interactions.filter((entry) => {
      const followUp = dayOf(entry.followUp);
      if (!followUp || followUp > today) return false;
      const since = dayOf(entry.date) ?? '';
      return !interactions.some(
        (later) =>
          later !== entry &&
          (dayOf(later.date) ?? '') > since &&
          (dayOf(later.date) ?? '') <= today &&
          later.nodeIds.some((id) => entry.nodeIds.includes(id)),
      );
    }),
  );
}
