// Node positions as they leave the canvas: the one shape drags and layouts report moves in.

import type { NodeCollection } from 'cytoscape';
import type { Position } from '@shared/domain/types';

export interface NodeMove {
  id: string;
  position: Position;
}

export function movesOf(nodes: NodeCollection): NodeMove[] {
  return nodes.map((node) => {
    const { x, y } = node.position();
    return { id: node.id(), position: { x, y } };
  });
}
