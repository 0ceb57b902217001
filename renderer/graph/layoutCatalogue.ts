// The layouts a user can run, and the largest map each can lay out in reasonable time. The limits
// come from measurement on a two-core machine (tests/bench/README.md, "Layouts"): a layout that
// cannot finish at a map's size is not offered there.

export type LayoutName = 'force' | 'grid' | 'circle' | 'concentric' | 'hierarchy';

export interface LayoutChoice {
  name: LayoutName;
  label: string;
  /** The most nodes it lays out; null for no limit. */
  maxNodes: number | null;
}

export const LAYOUTS: readonly LayoutChoice[] = [
  { name: 'force', label: 'Force-directed', maxNodes: 10_000 },
  { name: 'grid', label: 'Grid', maxNodes: null },
  { name: 'circle', label: 'Circle', maxNodes: null },
  { name: 'concentric', label: 'Concentric', maxNodes: null },
  { name: 'hierarchy', label: 'Hierarchy', maxNodes: null },
];

/** Why the layout is not offered for a map of this many nodes, or null when it is. */
export function unavailableReason(layout: LayoutChoice, nodeCount: number): string | null {
  if (layout.maxNodes === null || nodeCount <= layout.maxNodes) return null;
  return `too slow above ${layout.maxNodes.toLocaleString('en-GB')} nodes`;
}
