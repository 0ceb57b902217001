// The layout worker: computes one layout per message, off the page's main thread, so the canvas
// keeps answering while a big map is laid out. The page keeps one waiting while a map is open and
// terminates it to cancel (layoutWorkerClient.ts).

import { computeLayout } from './computeLayout';
import type { LayoutReply, LayoutRequest } from './layoutMessages';

/** The parts of DedicatedWorkerGlobalScope used here (the DOM library types self as a Window). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<LayoutRequest>) => void): void;
  postMessage(message: LayoutReply, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.addEventListener('message', ({ data }) => {
  try {
    const positions = computeLayout(data.name, data.graph, (fraction) =>
      scope.postMessage({ type: 'progress', fraction }),
    );
    scope.postMessage({ type: 'done', positions }, [positions.buffer]);
  } catch (error) {
    scope.postMessage({
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
