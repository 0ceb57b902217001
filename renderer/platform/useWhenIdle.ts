// The React side of whenIdle: once `ready`, runs the latest `work` in an idle moment, once per
// mount, and not at all if the component goes away first.

import { useEffect, useLayoutEffect, useRef } from 'react';
import { whenIdle } from './whenIdle';

export function useWhenIdle(ready: boolean, work: (() => void) | undefined): void {
  const latest = useRef(work);
  useLayoutEffect(() => {
    latest.current = work;
  });
  const done = useRef(false);
  useEffect(() => {
    if (!ready || done.current) return;
    return whenIdle(() => {
      done.current = true;
      latest.current?.();
    });
  }, [ready]);
}
