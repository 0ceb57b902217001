// Sorting rows by a column: text compares as people read it (case, accents and numbers), empty
// values go last whichever way the sort runs.

import { useCallback, useMemo, useState } from 'react';

export type SortDirection = 'ascending' | 'descending';
export type SortValue = string | number | null;

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export function compareSortValues(a: SortValue, b: SortValue): number {
  if (a === null || a === '') return b === null || b === '' ? 0 : 1;
  if (b === null || b === '') return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

export function sortRows<T, K extends string>(
  rows: readonly T[],
  key: K,
  direction: SortDirection,
  valueOf: (row: T, key: K) => SortValue,
): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = valueOf(a, key);
    const vb = valueOf(b, key);
    const emptyA = va === null || va === '';
    const emptyB = vb === null || vb === '';
    if (emptyA || emptyB) return compareSortValues(va, vb);
    return sign * compareSortValues(va, vb);
  });
}

export function useSort<K extends string>(initial: K) {
  const [sort, setSort] = useState<{ key: K; direction: SortDirection }>({
    key: initial,
    direction: 'ascending',
  });
  const toggle = useCallback(
    (key: K) =>
      setSort((current) => ({
        key,
        direction:
          current.key === key && current.direction === 'ascending' ? 'descending' : 'ascending',
      })),
    [],
  );
  return useMemo(() => ({ ...sort, toggle }), [sort, toggle]);
}
