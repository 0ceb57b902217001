// Where a new node goes: beside the selected node when there is one, otherwise on a loose spiral
// around the middle of the map, so new nodes never land exactly on top of each other.

import type { Position, StakeNode } from '@shared/domain/types';

const SPACING = 90;

export function placeNewNode(nodes: readonly StakeNode[], near: StakeNode | undefined): Position {
  const taken = (position: Position) =>
    nodes.some(
      (node) =>
        Math.abs(node.position.x - position.x) < 40 && Math.abs(node.position.y - position.y) < 40,
    );
  const centre = near?.position ?? centroid(nodes);
  for (let step = 1; step < 500; step += 1) {
    const angle = step * 2.4; // about the golden angle: successive spots spread evenly
    const radius = SPACING * Math.sqrt(step);
    const candidate = {
      x: Math.round(centre.x + radius * Math.cos(angle)),
      y: Math.round(centre.y + radius * Math.sin(angle)),
    };
    if (!taken(candidate)) return candidate;
  }
  return { x: centre.x, y: centre.y };
}

function centroid(nodes: readonly StakeNode[]): Position {
  if (nodes.length === 0) return { x: 0, y: 0 };
  const sum = nodes.reduce(
    (total, node) => ({ x: total.x + node.position.x, y: total.y + node.position.y }),
    { x: 0, y: 0 },
  );
  return { x: Math.round(sum.x / nodes.length), y: Math.round(sum.y / nodes.length) };
}
