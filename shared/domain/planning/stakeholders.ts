// Which nodes are stakeholders (assessed, owned, contacted, addressed by messages) and which are
// places of engagement (events and channels). Planning views use this to decide who belongs where.

import type { StakeNode } from '../types';
import type { NodeKind } from '../vocabulary';

export const STAKEHOLDER_KINDS: readonly NodeKind[] = [
  'person',
  'organisation',
  'network',
  'community',
];

export function isStakeholder(node: StakeNode): boolean {
  return STAKEHOLDER_KINDS.includes(node.kind);
}

/** Labels read in lists ignoring case and accents, with numbers in numeric order. */
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export function compareLabels(a: string, b: string): number {
  return collator.compare(a, b);
}

export function sortNodesByLabel<T extends { label: string }>(nodes: readonly T[]): T[] {
  return [...nodes].sort((a, b) => compareLabels(a.label, b.label));
}
