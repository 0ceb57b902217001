// Where a new event from the calendar goes on the network map: below the existing nodes' centre,
// stepping along a row so several new events do not land on one another.

import type { Position, StakeNode } from '@shared/domain/types';

const STEP = 70;
const PER_ROW = 6;

export function newEventPosition(nodes: readonly StakeNode[]): Position {
  if (nodes.length === 0) return { x: 0, y: 0 };
  const xs = nodes.map((node) => node.position.x);
  const ys = nodes.map((node) => node.position.y);
  const centreX = xs.reduce((sum, x) => sum + x, 0) / nodes.length;
  const bottom = Math.max(...ys);
  const events = nodes.filter((node) => node.kind === 'event').length;
  return {
    x: centreX + ((events % PER_ROW) - PER_ROW / 2) * STEP,
    y: bottom + STEP + Math.floor(events / PER_ROW) * STEP,
  };
}
