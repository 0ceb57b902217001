// One layout at a time for the open map: runs it in the layout worker with progress, cancels it on
// request or when the editor closes, and saves the result as one undoable step.
//
// Progress lives in a small store that only the layout tools subscribe to: were it React state of
// the editor, every progress message would re-render the whole editor (about 100–250 ms a time
// with 1,000 nodes on two busy cores), which is exactly the main-thread work the worker avoids.

import { useEffect, useRef, useSyncExternalStore, type RefObject } from 'react';
import { moveNodesCommand } from '../../commands/mapCommands';
import type { GraphCanvasHandle, LayoutName } from '../../graph/GraphCanvas';
import { isCancelled, keepLayoutWorkerReady } from '../../graph/layouts';
import { whenIdle } from '../../platform/whenIdle';
import { announce, reportFailure } from '../../state/notices';

export interface LayoutRun {
  /** 0–1 while a layout runs; null otherwise. Subscribe with useLayoutProgress. */
  progress: ProgressStore;
  start(name: LayoutName): void;
  cancel(): void;
}

export interface ProgressStore {
  get(): number | null;
  subscribe(listener: () => void): () => void;
}

function createProgressStore() {
  let value: number | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next: number | null) {
      if (next === value) return;
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The layout's progress (0–1), or null when no layout runs. */
export function useLayoutProgress(run: LayoutRun): number | null {
  return useSyncExternalStore(run.progress.subscribe, run.progress.get);
}

export function useLayoutRun(
  mapId: string,
  canvas: RefObject<GraphCanvasHandle | null>,
): LayoutRun {
  const store = useRef<ReturnType<typeof createProgressStore> | null>(null);
  store.current ??= createProgressStore();
  const progress = store.current;
  const running = useRef<AbortController | null>(null);

  // Leaving the map (or switching to another) stops its layout; nothing is saved.
  useEffect(
    () => () => {
      running.current?.abort();
      running.current = null;
    },
    [mapId],
  );

  // A worker waits for the first layout, started once the map is shown and the page is idle.
  useEffect(() => {
    let release = () => {};
    const cancelStart = whenIdle(() => {
      release = keepLayoutWorkerReady();
    });
    return () => {
      cancelStart();
      release();
    };
  }, []);

  const start = (name: LayoutName) => {
    const handle = canvas.current;
    if (!handle || running.current) return;
    const controller = new AbortController();
    running.current = controller;
    progress.set(0);
    handle
      .runLayout(name, {
        signal: controller.signal,
        onProgress: (fraction) => progress.set(fraction),
        save: (moves) => moveNodesCommand(mapId, moves, 'layout'),
      })
      .then(() => announce('Layout applied. Undo puts the nodes back.'))
      .catch((error: unknown) => {
        if (isCancelled(error)) announce('Layout cancelled: nothing moved.');
        else reportFailure('The layout failed: nothing was changed.')(error);
      })
      .finally(() => {
        if (running.current !== controller) return;
        running.current = null;
        progress.set(null);
      });
  };

  return { progress, start, cancel: () => running.current?.abort() };
}
