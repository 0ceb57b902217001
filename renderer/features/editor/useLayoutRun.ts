// One layout at a time for the open map: runs it in the layout worker with progress, cancels it on
// request or when the editor closes, and saves the result as one undoable step.

import { useEffect, useRef, useState, type RefObject } from 'react';
import { moveNodesCommand } from '../../commands/mapCommands';
import type { GraphCanvasHandle, LayoutName } from '../../graph/GraphCanvas';
import { isCancelled } from '../../graph/layouts';
import { announce, reportFailure } from '../../state/notices';

export interface LayoutRun {
  /** 0–1 while a layout runs; null otherwise. */
  progress: number | null;
  start(name: LayoutName): void;
  cancel(): void;
}

export function useLayoutRun(
  mapId: string,
  canvas: RefObject<GraphCanvasHandle | null>,
): LayoutRun {
  const [progress, setProgress] = useState<number | null>(null);
  const running = useRef<AbortController | null>(null);

  // Leaving the map (or switching to another) stops its layout; nothing is saved.
  useEffect(
    () => () => {
      running.current?.abort();
      running.current = null;
    },
    [mapId],
  );

  const start = (name: LayoutName) => {
    const handle = canvas.current;
    if (!handle || running.current) return;
    const controller = new AbortController();
    running.current = controller;
    setProgress(0);
    handle
      .runLayout(name, { signal: controller.signal, onProgress: setProgress })
      .then((moves) => moveNodesCommand(mapId, moves, 'layout'))
      .then(() => announce('Layout applied. Undo puts the nodes back.'))
      .catch((error: unknown) => {
        if (isCancelled(error)) announce('Layout cancelled: nothing moved.');
        else reportFailure('The layout failed: nothing was changed.')(error);
      })
      .finally(() => {
        if (running.current !== controller) return;
        running.current = null;
        setProgress(null);
      });
  };

  return { progress, start, cancel: () => running.current?.abort() };
}
