// A node's choice in the node lists stays the same object while what it shows stays the same,
// so React can pass its option over; a new label makes a new choice.

import { describe, expect, it } from 'vitest';
import { nodeChoice } from '../../../renderer/features/editor/nodeChoices';
import { aNode } from '../../factories/records';

describe('nodeChoice', () => {
  it('offers a node by id under its label, or "(no label)"', () => {
    expect(nodeChoice(aNode({ id: 'a', label: 'Ada' }))).toEqual({ value: 'a', label: 'Ada' });
    expect(nodeChoice(aNode({ id: 'b', label: '' }))).toEqual({ value: 'b', label: '(no label)' });
  });

  it('keeps the choice when a record is replaced without a new label, as after a move', () => {
    const before = aNode({ id: 'a', label: 'Ada', position: { x: 0, y: 0 } });
    const moved = { ...before, position: { x: 400, y: 10 } };

    expect(nodeChoice(moved)).toBe(nodeChoice(before));
  });

  it('makes a new choice for a new label', () => {
    const before = aNode({ id: 'a', label: 'Ada' });
    const renamed = { ...before, label: 'Ada King' };
    const first = nodeChoice(before);

    expect(nodeChoice(renamed)).toEqual({ value: 'a', label: 'Ada King' });
    expect(nodeChoice(renamed)).not.toBe(first);
  });

  it('does not carry choices over between maps', () => {
    const here = nodeChoice(aNode({ id: 'a', mapId: 'map-1', label: 'Ada' }));

    expect(nodeChoice(aNode({ id: 'a', mapId: 'map-2', label: 'Ada' }))).not.toBe(here);
  });
});
