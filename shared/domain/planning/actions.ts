// Actions as a to-do list: which are overdue, in what order to show them, and grouped by owner.

import type { Action, StakeNode } from '../types';
import { dayOf, type Day } from './days';
import { compareLabels } from './stakeholders';

/** Overdue: still open and due before today. An action due today is not late yet. */
export function isOverdue(action: Action, today: Day): boolean {
  const due = dayOf(action.due);
  return !action.done && due !== null && due < today;
}

/** Open before done; then by due date (undated last); then by title. */
export function sortActions(actions: readonly Action[]): Action[] {
  return [...actions].sort(
    (a, b) =>
      Number(a.done) - Number(b.done) ||
      (dayOf(a.due) ?? '9999').localeCompare(dayOf(b.due) ?? '9999') ||
      compareLabels(a.title, b.title),
  );
}

export interface OwnerGroup {
  /** null for actions nobody owns yet. */
  owner: StakeNode | null;
  actions: Action[];
  overdue: number;
}

/**
 * Actions per owner, owners by label and "no owner" last. An owner no longer on the map counts
 * as no owner, so no action disappears from the list.
 */
export function groupByOwner(
  actions: readonly Action[],
  nodesById: ReadonlyMap<string, StakeNode>,
  today: Day,
): OwnerGroup[] {
  const groups = new Map<string | null, Action[]>();
  for (const action of sortActions(actions)) {
    const key = action.ownerId && nodesById.has(action.ownerId) ? action.ownerId : null;
    groups.set(key, [...(groups.get(key) ?? []), action]);
  }
  return [...groups.entries()]
    .map(([ownerId, list]) => ({
      owner: ownerId === null ? null : (nodesById.get(ownerId) ?? null),
      actions: list,
      overdue: list.filter((action) => isOverdue(action, today)).length,
    }))
    .sort((a, b) => {
      if (a.owner === null) return 1;
      if (b.owner === null) return -1;
      return compareLabels(a.owner.label, b.owner.label);
    });
}
