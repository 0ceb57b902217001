import { describe, expect, it } from 'vitest';
import { placeNewNode } from '../../../renderer/features/editor/placement';
import { aNode } from '../../factories/records';

describe('placing a new node', () => {
  it('never lands on an existing node', () => {
    const nodes = [aNode({ id: 'a', position: { x: 0, y: 0 } })];
    for (let count = 0; count < 30; count += 1) {
      const position = placeNewNode(nodes, undefined);
      const clash = nodes.some(
        (node) =>
          Math.abs(node.position.x - position.x) < 40 &&
          Math.abs(node.position.y - position.y) < 40,
      );
      expect(clash).toBe(false);
      nodes.push(aNode({ id: `n${count}`, position }));
    }
  });

  it('goes near the selected node', () => {
    const near = aNode({ id: 'far', position: { x: 5000, y: 5000 } });
    const position = placeNewNode([aNode({ id: 'a' }), near], near);
    expect(Math.hypot(position.x - 5000, position.y - 5000)).toBeLessThan(300);
  });
});
