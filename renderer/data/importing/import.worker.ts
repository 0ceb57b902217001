// The import worker: reads one file per worker, off the page's main thread, so the window keeps
// answering while a large file is parsed and checked. The page terminates it to cancel.

import type { ImportReply, ImportRequest } from './importMessages';
import { readImport } from './readImport';

/** The parts of DedicatedWorkerGlobalScope used here (the DOM library types self as a Window). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<ImportRequest>) => void): void;
  postMessage(message: ImportReply): void;
}

const scope = self as unknown as WorkerScope;

scope.addEventListener('message', ({ data }) => {
  try {
    const result = readImport(data, (stage) => scope.postMessage({ type: 'stage', stage }));
    scope.postMessage({ type: 'done', result });
  } catch (error) {
    scope.postMessage({
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
