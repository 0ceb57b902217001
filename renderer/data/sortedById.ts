// Finding a record in a list sorted by id (the primary-key order every map's records are read in).

import { lowerBound } from '@shared/lowerBound';

/** Where a record with `id` is in `list`, or where it would go; `found` says which. */
export function positionById(
  list: ReadonlyArray<{ id: string }>,
  id: string,
): { index: number; found: boolean } {
  const index = lowerBound(list, (record) => record.id < id);
  return { index, found: list[index]?.id === id };
}
