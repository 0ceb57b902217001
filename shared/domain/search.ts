// Finding nodes by what a user remembers: label, tags, role or notes, forgiving of case and
// accents ("Therese" finds "Thérèse").

import type { StakeNode } from './types';

/** Lower-cases and strips accents so comparisons ignore both. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

function searchableText(node: StakeNode): string {
  return foldForSearch(
    [node.label, node.tags.join(' '), node.person?.role ?? '', node.notes, node.description].join(
      '\n',
    ),
  );
}

/** Nodes matching every word of the query, best first: label matches before other fields. */
export function searchNodes(nodes: readonly StakeNode[], query: string): StakeNode[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const scored: Array<{ node: StakeNode; score: number }> = [];
  for (const node of nodes) {
    const text = searchableText(node);
    if (!words.every((word) => text.includes(word))) continue;
    const label = foldForSearch(node.label);
    const score = label.startsWith(words[0] ?? '')
      ? 0
      : words.every((w) => label.includes(w))
        ? 1
        : 2;
    scored.push({ node, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.node.label.localeCompare(b.node.label))
    .map((entry) => entry.node);
}
