// Nodes in the order a person scans a list: by label, ignoring case and accents.

import type { StakeNode } from '@shared/domain/types';
import { lowerBound } from '@shared/lowerBound';
import { byId } from '../../data/sortedById';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** By label; nodes whose labels read the same keep to id order, whatever order they came in. */
function byLabel(a: StakeNode, b: StakeNode): number {
  return collator.compare(a.label, b.label) || byId(a, b);
}

// The toolbar, the connect form and the owner picker all list the map's nodes: one sort per
// version of the node list serves them all (three sorts of 5,000 labels took ~50 ms per edit).
const sortedLists = new WeakMap<readonly StakeNode[], readonly StakeNode[]>();

/** The last list sorted, so the next version (an edit changes a node or two) need not start over. */
let last: { nodes: readonly StakeNode[]; sorted: readonly StakeNode[] } | null = null;

/** More changed nodes than this and sorting afresh is as quick as placing each one. */
const MAX_PLACED = 50;

/** The nodes sorted by label. The same list object gives the same (shared, unchanged) result. */
export function sortByLabel(nodes: readonly StakeNode[]): readonly StakeNode[] {
  let sorted = sortedLists.get(nodes);
  if (sorted === undefined) {
    sorted = (last && resorted(last, nodes)) ?? [...nodes].sort(byLabel);
    sortedLists.set(nodes, sorted);
    last = { nodes, sorted };
  }
  return sorted;
}

/**
 * The new version of a list sorted from the last one: nodes that are the same objects keep their
 * order, and each changed, added or removed node is taken out or placed by binary search. The
 * result is what sorting afresh gives. Null when too much changed.
 */
function resorted(
  previous: { nodes: readonly StakeNode[]; sorted: readonly StakeNode[] },
  nodes: readonly StakeNode[],
): StakeNode[] | null {
  const kept = new Set(previous.nodes);
  const changed = nodes.filter((node) => !kept.has(node));
  const unchanged = new Set(nodes);
  const removed = previous.nodes.length - (nodes.length - changed.length);
  if (changed.length + removed > MAX_PLACED) return null;
  const next = previous.sorted.filter((node) => unchanged.has(node));
  for (const node of changed) {
    next.splice(
      lowerBound(next, (other) => byLabel(other, node) < 0),
      0,
      node,
    );
  }
  return next;
}
