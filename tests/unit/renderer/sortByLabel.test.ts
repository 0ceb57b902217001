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
});
