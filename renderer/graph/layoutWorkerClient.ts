// Runs a layout in a Web Worker: progress as it goes, cancel by terminating the worker (the
// computation cannot be interrupted from inside, and a fresh worker per run leaves nothing behind).

import { computeLayout } from './computeLayout';
import type { LayoutName } from './layoutCatalogue';
import type { LayoutGraph } from './layoutGraph';
import type { LayoutReply, LayoutRequest } from './layoutMessages';

export interface LayoutRunOptions {
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

export function layoutInWorker(
  name: LayoutName,
  graph: LayoutGraph,
  { onProgress = () => {}, signal }: LayoutRunOptions = {},
): Promise<Float64Array> {
  if (signal?.aborted) return Promise.reject(cancelled());
  // jsdom, where the component tests run, has no Worker: compute on the spot there.
  if (typeof Worker === 'undefined') return layoutInPlace(name, graph, onProgress, signal);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      finish();
      reject(cancelled());
    };
    signal?.addEventListener('abort', abort, { once: true });
    worker.addEventListener('message', ({ data }: MessageEvent<LayoutReply>) => {
      if (data.type === 'progress') {
        onProgress(data.fraction);
      } else if (data.type === 'done') {
        finish();
        resolve(data.positions);
      } else {
        finish();
        reject(new Error(data.message));
      }
    });
    worker.addEventListener('error', (event) => {
      finish();
      reject(new Error(`The layout could not run: ${event.message || 'the worker failed'}.`));
    });
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
