// What the current filter and focus leave visible. null means "everything": no filter, no focus.

import { filterNodeIds, isFilterActive, type NodeFilter } from '@shared/domain/filters';
import { neighbourhood } from '@shared/domain/neighbourhood';
import type { Relationship, StakeNode } from '@shared/domain/types';

export type FocusHops = 0 | 1 | 2;

export function visibleNodeIds(
  nodes: readonly StakeNode[],
  relationships: readonly Relationship[],
  filter: NodeFilter,
  /** Focus on the selected nodes (all of them, when several are) and what is near them. */
  focus: { hops: FocusHops; nodeIds: readonly string[] },
): Set<string> | null {
  let visible: Set<string> | null = isFilterActive(filter) ? filterNodeIds(nodes, filter) : null;
  if (focus.hops > 0 && focus.nodeIds.length > 0) {
    const near = neighbourhood(focus.nodeIds, relationships, focus.hops);
    visible = visible ? new Set([...near].filter((id) => visible?.has(id))) : near;
    for (const id of focus.nodeIds) visible.add(id);
  }
  return visible;
}
