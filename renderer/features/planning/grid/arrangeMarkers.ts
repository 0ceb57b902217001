// Where markers sit on the grid beyond their cell: several in one cell stack downwards, and a
// label may run on into empty cells to its right. Shared by the grid on screen and its picture.

import { HIGH_FROM, SCORE_MAX, type GridPlacement } from '@shared/domain/planning/quadrants';

/** Labels may run into empty cells to their right, up to this many cells wide in all. */
const MAX_SPAN = 3;

/**
 * Markers sharing a cell stack downwards; a marker's label may use the empty cells to its right
 * on the same row (never across the dividing line), so labels are as readable as the space
 * allows without overlapping or seeming to sit in the wrong quadrant.
 */
export function arrangeMarkers(placed: readonly GridPlacement[]) {
  const stackIndex = new Map<string, number>();
  const perCell = new Map<string, number>();
  for (const placement of placed) {
    const cell = `${placement.influence}:${placement.interest}`;
    const index = perCell.get(cell) ?? 0;
    stackIndex.set(placement.node.id, index);
    perCell.set(cell, index + 1);
  }
  const span = new Map<string, number>();
  for (const placement of placed) {
    let cells = 1;
    while (
      cells < MAX_SPAN &&
      placement.interest + cells <= SCORE_MAX &&
      placement.interest + cells !== HIGH_FROM &&
      !perCell.has(`${placement.influence}:${placement.interest + cells}`)
    ) {
      cells += 1;
    }
    span.set(placement.node.id, cells);
  }
  return { stackIndex, span };
}
