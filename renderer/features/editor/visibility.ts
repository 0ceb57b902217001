// What the current filter and focus leave visible. null means "everything": no filter, no focus.

import { filterNodeIds, isFilterActive, type NodeFilter } from '@shared/domain/filters';
import { neighbourhood } from '@shared/domain/neighbourhood';
import type { Relationship, StakeNode } from '@shared/domain/types';

export type FocusHops = 0 | 1 | 2;

export function visibleNodeIds(
  nodes: readonly StakeNode[],
  relationships: readonly Relationship[],
  filter: NodeFilter,
  focus: { hops: FocusHops; nodeId: string | null },
): Set<string> | null {
  let visible: Set<string> | null = isFilterActive(filter) ? filterNodeIds(nodes, filter) : null;
  if (focus.hops > 0 && focus.nodeId) {
    const near = neighbourhood([focus.nodeId], relationships, focus.hops);
    visible = visible ? new Set([...near].filter((id) => visible?.has(id))) : near;
    visible.add(focus.nodeId);
  }
  return visible;
}
