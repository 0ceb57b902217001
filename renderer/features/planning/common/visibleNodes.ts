// The nodes a planning view shows: those the filter panel and focus leave visible.

import type { StakeNode } from '@shared/domain/types';

export function visibleNodes(
  nodes: readonly StakeNode[],
  visibleIds: ReadonlySet<string> | null,
): readonly StakeNode[] {
  return visibleIds ? nodes.filter((node) => visibleIds.has(node.id)) : nodes;
}
