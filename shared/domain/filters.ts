// Which nodes a filter keeps. Each part of the filter narrows the set; an empty part keeps all.

import type { StakeNode } from './types';
import type { EngagementLevel, NodeKind } from './vocabulary';

export interface NodeFilter {
  kinds: NodeKind[];
  tags: string[];
  sectors: string[];
  engagement: Array<EngagementLevel | 'unknown'>;
  ownerIds: string[];
  /** 'hide' leaves out people marked do-not-contact; 'only' keeps just them. */
  doNotContact: 'any' | 'hide' | 'only';
}

export const EMPTY_FILTER: NodeFilter = {
  kinds: [],
  tags: [],
  sectors: [],
  engagement: [],
  ownerIds: [],
  doNotContact: 'any',
};

export function isFilterActive(filter: NodeFilter): boolean {
  return (
    filter.kinds.length > 0 ||
    filter.tags.length > 0 ||
    filter.sectors.length > 0 ||
    filter.engagement.length > 0 ||
    filter.ownerIds.length > 0 ||
    filter.doNotContact !== 'any'
  );
}

export function matchesFilter(node: StakeNode, filter: NodeFilter): boolean {
  if (filter.kinds.length > 0 && !filter.kinds.includes(node.kind)) return false;
  if (filter.tags.length > 0 && !filter.tags.some((tag) => node.tags.includes(tag))) return false;
  if (filter.sectors.length > 0 && !filter.sectors.includes(node.assessment.sector)) return false;
  if (filter.engagement.length > 0) {
    const level = node.assessment.engagementCurrent ?? 'unknown';
    if (!filter.engagement.includes(level)) return false;
  }
  if (filter.ownerIds.length > 0) {
    if (!node.assessment.ownerId || !filter.ownerIds.includes(node.assessment.ownerId))
      return false;
  }
  const flagged = node.person?.doNotContact === true;
  if (filter.doNotContact === 'hide' && flagged) return false;
  if (filter.doNotContact === 'only' && !flagged) return false;
  return true;
}

/** The ids of the nodes a filter keeps. */
export function filterNodeIds(nodes: readonly StakeNode[], filter: NodeFilter): Set<string> {
  return new Set(nodes.filter((node) => matchesFilter(node, filter)).map((node) => node.id));
}

/** Every distinct tag and sector on the map, sorted, for the filter panel's choices. */
export function filterChoices(nodes: readonly StakeNode[]): { tags: string[]; sectors: string[] } {
  const tags = new Set<string>();
  const sectors = new Set<string>();
  for (const node of nodes) {
    for (const tag of node.tags) tags.add(tag);
    if (node.assessment.sector) sectors.add(node.assessment.sector);
  }
  const sorted = (values: Set<string>) => [...values].sort((a, b) => a.localeCompare(b));
  return { tags: sorted(tags), sectors: sorted(sectors) };
}
