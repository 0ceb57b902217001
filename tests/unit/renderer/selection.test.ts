// The selection the canvas, the table and the inspector share: one node, one relationship, or
// several nodes, never a "several" of one.

import { describe, expect, it } from 'vitest';
import {
  addNodes,
  isNodeSelected,
  isSameSelection,
  selectedNodeIds,
  selectNodes,
  toggleNode,
} from '../../../renderer/state/selection';

describe('selection', () => {
  it('is nothing, one node or several, by how many ids it is given', () => {
    expect(selectNodes([])).toBeNull();
    expect(selectNodes(['a', 'a'])).toEqual({ type: 'node', id: 'a' });
    expect(selectNodes(['a', 'b', 'a'])).toEqual({ type: 'nodes', ids: ['a', 'b'] });
  });

  it('adds a node with a toggle and takes it out with another', () => {
    const one = toggleNode(null, 'a');
    expect(one).toEqual({ type: 'node', id: 'a' });
    const two = toggleNode(one, 'b');
    expect(two).toEqual({ type: 'nodes', ids: ['a', 'b'] });
    expect(toggleNode(two, 'a')).toEqual({ type: 'node', id: 'b' });
    expect(toggleNode(toggleNode(two, 'a'), 'b')).toBeNull();
  });

  it('replaces a selected relationship when a node is added', () => {
    expect(toggleNode({ type: 'relationship', id: 'r' }, 'a')).toEqual({ type: 'node', id: 'a' });
    expect(selectedNodeIds({ type: 'relationship', id: 'r' })).toEqual([]);
  });

  it('adds the nodes of a box to what was selected', () => {
    expect(addNodes({ type: 'node', id: 'a' }, ['b', 'a', 'c'])).toEqual({
      type: 'nodes',
      ids: ['a', 'b', 'c'],
    });
    expect(isNodeSelected({ type: 'nodes', ids: ['a', 'b'] }, 'b')).toBe(true);
    expect(isNodeSelected({ type: 'nodes', ids: ['a', 'b'] }, 'c')).toBe(false);
  });

  it('compares selections by what they hold', () => {
    expect(isSameSelection({ type: 'nodes', ids: ['a', 'b'] }, selectNodes(['a', 'b']))).toBe(true);
    expect(isSameSelection({ type: 'nodes', ids: ['a', 'b'] }, { type: 'node', id: 'a' })).toBe(
      false,
    );
    expect(isSameSelection({ type: 'node', id: 'a' }, { type: 'relationship', id: 'a' })).toBe(
      false,
    );
  });
});
