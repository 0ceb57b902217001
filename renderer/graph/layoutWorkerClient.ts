// Runs a layout in a Web Worker: progress as it goes, cancel by terminating the worker (the
// computation cannot be interrupted from inside, and terminating leaves nothing behind).
//
// Starting a worker is a good part of a layout's wait: a new thread, then fetching, compiling and
// running the worker's code, about 100 ms here before it reads its first message (a grid of
// 5,000 nodes then takes 12 ms to compute). So while an editor holds one ready
// (keepLayoutWorkerReady), a worker is started ahead of the first layout and a worker that
// finished a layout waits for the next; a cancelled one is terminated and replaced.

import { computeLayout } from './computeLayout';
import type { LayoutName } from './layoutCatalogue';
import type { LayoutGraph } from './layoutGraph';
import type { LayoutReply, LayoutRequest } from './layoutMessages';

export interface LayoutWorkerOptions {
  /** Called with 0–1 as the layout goes; geometric layouts jump straight to the end. */
  onProgress?(fraction: number): void;
  /** Aborting terminates the worker; the promise rejects with an AbortError. */
  signal?: AbortSignal;
}

export function cancelled(): DOMException {
  return new DOMException('The layout was cancelled.', 'AbortError');
}

export function isCancelled(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** How many editors want a worker kept ready. */
let holders = 0;
/** The worker waiting for the next layout, started ahead or kept from the last one. */
let ready: Worker | undefined;
/** Workers whose code failed to load or run: never handed a layout. */
const broken = new WeakSet<Worker>();

function startWorker(): Worker {
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  // A worker that failed while waiting would never answer a layout: noted, it is not used.
  worker.addEventListener('error', () => broken.add(worker));
  return worker;
}

/** Starts a worker to wait for the next layout, if one is wanted and none waits. */
function fillReady(): void {
  if (holders > 0 && ready === undefined && typeof Worker !== 'undefined') ready = startWorker();
}

/**
 * Keeps a layout worker started and waiting until the returned function is called (the editor
 * closes), so layouts meanwhile do not wait for one to start.
 */
export function keepLayoutWorkerReady(): () => void {
  holders += 1;
  fillReady();
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holders -= 1;
    if (holders > 0) return;
    ready?.terminate();
    ready = undefined;
  };
}

/** The waiting worker if it is sound, otherwise a new one. */
function takeWorker(): Worker {
  const waiting = ready;
  ready = undefined;
  if (waiting !== undefined && !broken.has(waiting)) return waiting;
  waiting?.terminate();
  return startWorker();
}

/** After a finished layout: the worker waits for the next one, or stops if none is wanted. */
function returnWorker(worker: Worker): void {
  if (holders > 0 && ready === undefined && !broken.has(worker)) ready = worker;
  else worker.terminate();
}

export function layoutInWorker(
  name: LayoutName,
  graph: LayoutGraph,
  { onProgress = () => {}, signal }: LayoutWorkerOptions = {},
): Promise<Float64Array> {
  if (signal?.aborted) return Promise.reject(cancelled());
  // jsdom, where the component tests run, has no Worker: compute on the spot there.
  if (typeof Worker === 'undefined') return layoutInPlace(name, graph, onProgress, signal);
  return new Promise((resolve, reject) => {
    const worker = takeWorker();
    const detach = () => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      signal?.removeEventListener('abort', abort);
    };
    const stop = () => {
      detach();
      worker.terminate();
      fillReady();
    };
    const abort = () => {
      stop();
      reject(cancelled());
    };
    const onMessage = ({ data }: MessageEvent<LayoutReply>) => {
      if (data.type === 'progress') {
        onProgress(data.fraction);
      } else if (data.type === 'done') {
        detach();
        returnWorker(worker);
        resolve(data.positions);
      } else {
        stop();
        reject(new Error(data.message));
      }
    };
    const onError = (event: ErrorEvent) => {
      stop();
      reject(new Error(`The layout could not run: ${event.message || 'the worker failed'}.`));
    };
    signal?.addEventListener('abort', abort, { once: true });
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    const request: LayoutRequest = { name, graph };
    // Copies, not transfers: the caller may still read its graph.
    worker.postMessage(request);
  });
}

async function layoutInPlace(
  name: LayoutName,
  graph: LayoutGraph,
  onProgress: (fraction: number) => void,
  signal: AbortSignal | undefined,
): Promise<Float64Array> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (signal?.aborted) throw cancelled();
  return computeLayout(name, graph, onProgress);
}
