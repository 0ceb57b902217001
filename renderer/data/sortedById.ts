// Finding a record in a list sorted by id (the primary-key order every map's records are read in).

import { lowerBound } from '@shared/lowerBound';

/** Orders records as IndexedDB orders their keys within one map: by id, in UTF-16 code units. */
export function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Where a record with `id` is in `list`, or where it would go; `found` says which. */
export function positionById(
  list: ReadonlyArray<{ id: string }>,
  id: string,
): { index: number; found: boolean } {
  const index = lowerBound(list, (record) => record.id < id);
  return { index, found: list[index]?.id === id };
}
