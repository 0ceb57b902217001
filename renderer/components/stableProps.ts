// Props that keep their identity while what they stand for stays the same, so a memoised child
// given them is passed over when its parent draws again. On a large map the editor draws again
// after every edit, and lists of a thousand or more rows below it need not.

import { useCallback, useLayoutEffect, useRef } from 'react';

/** The list from last time while its items are the same, in the same order, as this one's. */
export function useSameList<T>(list: readonly T[]): readonly T[] {
  const kept = useRef(list);
  const before = kept.current;
  const same = before.length === list.length && before.every((item, index) => item === list[index]);
  if (!same) kept.current = list;
  return kept.current;
}

/** One function for the component's life, calling whichever `fn` the last render gave. */
export function useStableCallback<A extends unknown[], R>(
  fn: (...args: A) => R,
): (...args: A) => R {
  const latest = useRef(fn);
  useLayoutEffect(() => {
    latest.current = fn;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
