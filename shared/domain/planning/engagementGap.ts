// How far each stakeholder is from where the plan wants them: current versus target engagement
// on the ordinal scale unaware → resistant → neutral → supportive → leading.

import type { StakeNode } from '../types';
import { ENGAGEMENT_LEVELS, type EngagementLevel } from '../vocabulary';
import { compareLabels } from './stakeholders';

export function levelIndex(level: EngagementLevel): number {
  return ENGAGEMENT_LEVELS.indexOf(level);
}

/** Steps from current to target: positive when they must move up, negative when above target. */
export function engagementGap(node: StakeNode): number | null {
  const { engagementCurrent, engagementTarget } = node.assessment;
  if (engagementCurrent === null || engagementTarget === null) return null;
  return levelIndex(engagementTarget) - levelIndex(engagementCurrent);
}

export interface GapCell {
  current: EngagementLevel;
  target: EngagementLevel;
  gap: number;
  nodes: StakeNode[];
}

/** The current × target matrix: one cell per pair, rows by current level, columns by target. */
export function gapMatrix(nodes: readonly StakeNode[]): GapCell[][] {
  return ENGAGEMENT_LEVELS.map((current) =>
    ENGAGEMENT_LEVELS.map((target) => ({
      current,
      target,
      gap: levelIndex(target) - levelIndex(current),
      nodes: nodes.filter(
        (node) =>
          node.assessment.engagementCurrent === current &&
          node.assessment.engagementTarget === target,
      ),
    })),
  );
}

export interface AttentionItem {
  node: StakeNode;
  gap: number;
}

/**
 * Stakeholders below their target, the widest gap first; among equal gaps the more influential
 * first (unscored influence last), then by label so the order never jitters.
 */
export function needsAttention(nodes: readonly StakeNode[]): AttentionItem[] {
  const items: AttentionItem[] = [];
  for (const node of nodes) {
    const gap = engagementGap(node);
    if (gap !== null && gap > 0) items.push({ node, gap });
  }
  return items.sort(
    (a, b) =>
      b.gap - a.gap ||
      (b.node.assessment.influence ?? -1) - (a.node.assessment.influence ?? -1) ||
      compareLabels(a.node.label, b.node.label),
  );
}

/** Stakeholders with current or target engagement still to be assessed. */
export function unassessedEngagement(nodes: readonly StakeNode[]): StakeNode[] {
  return nodes.filter(
    (node) =>
      node.assessment.engagementCurrent === null || node.assessment.engagementTarget === null,
  );
}
