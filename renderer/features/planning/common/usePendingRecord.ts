// Changes the user has just made to a record but the database has not yet handed back. Editors
// that write whole sub-objects (a message's audience, an event's dates) build the next change on
// these, so two quick edits add up instead of the second overwriting the first with stale data.

import { useEffect, useReducer, useRef } from 'react';

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function usePendingRecord<R extends object>(stored: R) {
  const pending = useRef<Partial<R>>({});
  const [, rerender] = useReducer((count: number) => count + 1, 0);

  // A pending field is done with once the stored record holds the same value.
  useEffect(() => {
    const left: Partial<R> = {};
    for (const key of Object.keys(pending.current) as Array<keyof R>) {
      if (!same(stored[key], pending.current[key])) left[key] = pending.current[key];
    }
    pending.current = left;
  }, [stored]);

  const remember = (changes: Partial<R>) => {
    pending.current = { ...pending.current, ...changes };
    rerender();
  };

  /** A write failed: show what is stored again. */
  const forget = () => {
    pending.current = {};
    rerender();
  };

  return { current: { ...stored, ...pending.current } as R, remember, forget };
}
