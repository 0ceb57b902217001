// Binary search in a sorted list, for the places that keep one sorted as it changes.

/**
 * The first index whose element is not `before` the sought one: where it is, or where it would
 * go. `before` must hold for a leading run of the list and for nothing after it.
 */
export function lowerBound<T>(list: ReadonlyArray<T>, before: (element: T) => boolean): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (before(list[middle] as T)) low = middle + 1;
    else high = middle;
  }
  return low;
}
