// Native menu commands (and their keyboard accelerators) arrive here once and are handed to
// whichever screen has registered for them.

import { useEffect, useRef } from 'react';
import type { MenuCommand } from '@shared/ipc/contract';

type Handler = () => void;
const handlers = new Map<MenuCommand, Set<Handler>>();

export function dispatchMenuCommand(command: MenuCommand): boolean {
  const registered = handlers.get(command);
  if (!registered || registered.size === 0) return false;
  for (const handler of registered) handler();
  return true;
}

/** Runs `handler` when the menu sends `command`, for as long as the calling component is mounted. */
export function useMenuCommand(command: MenuCommand, handler: Handler): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const run = () => latest.current();
    const set = handlers.get(command) ?? new Set<Handler>();
    set.add(run);
    handlers.set(command, set);
    return () => {
      set.delete(run);
    };
  }, [command]);
}
