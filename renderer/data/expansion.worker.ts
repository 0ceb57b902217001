// The expansion worker: writes a staged map's records (expandStagedMap.ts) off the page's main
// thread. Handing 25,000 records to IndexedDB keeps a thread busy for over two seconds, which on
// the page would freeze the map the user has just opened. Its own connection to the database, so
// the page hears of the change as it hears of another window's.

import type { ExpansionReply, ExpansionRequest } from './expansionMessages';
import { expandStagedMap } from './expandStagedMap';

/** The parts of DedicatedWorkerGlobalScope used here (the DOM library types self as a Window). */
interface WorkerScope {
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<ExpansionRequest>) => void,
  ): void;
  postMessage(message: ExpansionReply): void;
}

const scope = self as unknown as WorkerScope;

scope.addEventListener('message', ({ data }) => {
  expandStagedMap(data.mapId, (table) => scope.postMessage({ type: 'table-done', table })).then(
    (moved) => scope.postMessage({ type: 'done', moved }),
    (error: unknown) =>
      scope.postMessage({
        type: 'failed',
        name: error instanceof Error ? error.name : 'Error',
        message: error instanceof Error ? error.message : String(error),
      }),
  );
});
