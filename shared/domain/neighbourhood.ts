// Focus mode: the selected nodes and everything within one or two relationships of them.

import type { Relationship } from './types';

export function neighbourhood(
  startIds: Iterable<string>,
  relationships: readonly Relationship[],
  hops: number,
): Set<string> {
  const adjacent = new Map<string, string[]>();
  const link = (from: string, to: string) => {
    const list = adjacent.get(from);
    if (list) list.push(to);
    else adjacent.set(from, [to]);
  };
  for (const rel of relationships) {
    link(rel.sourceId, rel.targetId);
    link(rel.targetId, rel.sourceId);
  }
  const reached = new Set(startIds);
  let frontier = [...reached];
  for (let hop = 0; hop < hops && frontier.length > 0; hop += 1) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const other of adjacent.get(id) ?? []) {
        if (!reached.has(other)) {
          reached.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return reached;
}
