// Positions for imported nodes that the file placed nowhere: a tidy grid beside whatever the file
// did place, so nothing lands on top of anything else. The user can run a layout afterwards.

import type { Position } from '../../domain/types';

const SPACING = 160;

/** Grid positions for `count` nodes, starting below the nodes already placed. */
export function gridPositions(count: number, placed: readonly Position[]): Position[] {
  const columns = Math.max(1, Math.ceil(Math.sqrt(count)));
  // A loop, not Math.max(...list): spreading 200,000 arguments overflows the stack.
  let top = 0;
  let left = Infinity;
  for (const p of placed) {
    top = Math.max(top, p.y + SPACING);
    left = Math.min(left, p.x);
  }
  if (left === Infinity) left = 0;
  return Array.from({ length: count }, (_, index) => ({
    x: left + (index % columns) * SPACING,
    y: top + Math.floor(index / columns) * SPACING,
  }));
}
