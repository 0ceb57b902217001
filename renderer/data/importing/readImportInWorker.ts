// Runs readImport in a Web Worker: the stage as it goes, cancel by terminating the worker (parsing
// cannot be interrupted from inside, and a fresh worker per file leaves nothing behind).

import { cancelledImport } from './cancelled';
import type { ImportReadResult, ImportReply, ImportRequest, ImportStage } from './importMessages';

// Where there is no Worker (jsdom), the reader is loaded with this module, as a static import
// would; never statically, which would put every parser in the first screen's code when in the
// browser they belong to the worker's.
const inPlaceReader = typeof Worker === 'undefined' ? import('./readImport') : null;

/** A worker started before its file arrives; failed when its code could not be loaded. */
interface StartedWorker {
  worker: Worker;
  failed: boolean;
}

let prepared: StartedWorker | undefined;

function startWorker(): StartedWorker {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  const started: StartedWorker = { worker, failed: false };
  worker.addEventListener('error', () => (started.failed = true), { once: true });
  return started;
}

/**
 * Starts the next import's worker while the user is still choosing the file: loading the
 * worker's code and building its schemas takes 100–600 ms on a slow laptop, which the import
 * itself then no longer waits for.
 */
export function prepareImportWorker(): void {
  if (typeof Worker === 'undefined' || prepared) return;
  prepared = startWorker();
}

/** Lets a prepared worker go when no file came to it (the file dialog was cancelled). */
export function releaseImportWorker(): void {
  prepared?.worker.terminate();
  prepared = undefined;
}

/** The prepared worker if it started, otherwise a new one, whose own failure is then reported. */
function takeWorker(): Worker {
  const taken = prepared;
  prepared = undefined;
  if (taken && !taken.failed) return taken.worker;
  taken?.worker.terminate();
  return startWorker().worker;
}

export interface ReadImportOptions {
  onStage?(stage: ImportStage): void;
  /** Aborting terminates the worker; the promise rejects with an AbortError. */
  signal?: AbortSignal;
}

export function readImportInWorker(
  request: ImportRequest,
  { onStage = () => {}, signal }: ReadImportOptions = {},
): Promise<ImportReadResult> {
  if (signal?.aborted) return Promise.reject(cancelledImport());
  // jsdom, where the component tests run, has no Worker: read on the spot there.
  if (typeof Worker === 'undefined') return readInPlace(request, onStage, signal);
  return new Promise((resolve, reject) => {
    const worker = takeWorker();
    const settle = (outcome: () => void) => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
      outcome();
    };
    const abort = () => settle(() => reject(cancelledImport()));
    signal?.addEventListener('abort', abort, { once: true });
    worker.addEventListener('message', ({ data }: MessageEvent<ImportReply>) => {
      if (data.type === 'stage') onStage(data.stage);
      else if (data.type === 'done') settle(() => resolve(data.result));
      else settle(() => reject(new Error(data.message)));
    });
    worker.addEventListener('error', (event) => {
      const reason = event.message || 'the import worker failed to start';
      settle(() => reject(new Error(`The file could not be read: ${reason}.`)));
    });
    // A copy of the text, not a transfer: strings cannot be transferred.
    worker.postMessage(request);
  });
}

async function readInPlace(
  request: ImportRequest,
  onStage: (stage: ImportStage) => void,
  signal: AbortSignal | undefined,
): Promise<ImportReadResult> {
  // Let the caller render its progress first, as it would with a worker.
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (signal?.aborted) throw cancelledImport();
  const { readImport } = await (inPlaceReader ?? import('./readImport'));
  const result = readImport(request, onStage);
  if (signal?.aborted) throw cancelledImport();
  return result;
}
