// Nodes in the order a person scans a list: by label, ignoring case and accents.

import type { StakeNode } from '@shared/domain/types';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export function sortByLabel(nodes: readonly StakeNode[]): StakeNode[] {
  return [...nodes].sort((a, b) => collator.compare(a.label, b.label));
}
