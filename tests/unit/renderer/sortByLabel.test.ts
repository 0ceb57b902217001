// Node lists sorted as people scan them, sorted once per version of the map's node list.

import { describe, expect, it } from 'vitest';
import { sortByLabel } from '../../../renderer/features/editor/sortByLabel';
import { aNode } from '../../factories/records';

describe('sortByLabel', () => {
  const nodes = [
    aNode({ id: 'c', label: 'zoë' }),
    aNode({ id: 'a', label: 'Item 10' }),
    aNode({ id: 'b', label: 'item 9' }),
    aNode({ id: 'd', label: 'Émile' }),
  ];

  it('orders by label ignoring case and accents, with numbers in number order', () => {
    expect(sortByLabel(nodes).map((node) => node.label)).toEqual([
      'Émile',
      'item 9',
      'Item 10',
      'zoë',
    ]);
    expect(nodes.map((node) => node.id)).toEqual(['c', 'a', 'b', 'd']);
  });

  it('sorts a list once however many lists ask, and a new version of the list afresh', () => {
    const first = sortByLabel(nodes);
    expect(sortByLabel(nodes)).toBe(first);

    const withNew = [...nodes, aNode({ id: 'e', label: 'Ada' })];
    expect(sortByLabel(withNew)[0]?.label).toBe('Ada');
  });

  it('sorts a new version from the last one exactly as sorting it afresh would', () => {
    // A small deterministic generator, so a failure can be replayed.
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const words = ['Ada', 'ada', 'Émile', 'emile', 'Item 9', 'item 10', 'Zoë', 'Bob', 'bob'];
    const label = () => `${words[Math.floor(next() * words.length)] ?? 'Ada'}`;
    let list = Array.from({ length: 60 }, (_, index) =>
      aNode({ id: `n${String(index).padStart(3, '0')}`, label: label() }),
    );
    const fresh = (nodes: typeof list) =>
      [...nodes]
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .sort((a, b) =>
          new Intl.Collator(undefined, { sensitivity: 'base', numeric: true }).compare(
            a.label,
            b.label,
          ),
        )
        .map((node) => node.id);
    sortByLabel(list);
    for (let step = 0; step < 40; step += 1) {
      const at = Math.floor(next() * list.length);
      const roll = next();
      list =
        roll < 0.6
          ? list.map((node, index) => (index === at ? { ...node, label: label() } : node))
          : roll < 0.8
            ? [...list, aNode({ id: `m${step}`, label: label() })]
            : list.filter((_, index) => index !== at);
      expect(sortByLabel(list).map((node) => node.id)).toEqual(fresh(list));
    }
  });
});
