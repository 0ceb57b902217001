// Finding a record in a list sorted by id (the primary-key order every map's records are read in).

/** Where a record with `id` is in `list`, or where it would go; `found` says which. */
export function positionById(
  list: ReadonlyArray<{ id: string }>,
  id: string,
): { index: number; found: boolean } {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((list[middle]?.id ?? '') < id) low = middle + 1;
    else high = middle;
  }
  return { index: low, found: list[low]?.id === id };
}
