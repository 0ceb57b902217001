// Runs the slow parts of an import (reading in the worker, writing the new map) with the progress
// dialog up and its Cancel wired to stop them: the worker is terminated, or the write transaction
// rolls back. Each returns null when the user cancelled, once nothing is left changed.

import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { isCancelled } from '../../data/importing/cancelled';
import type {
  ImportReadResult,
  ImportRequest,
  ImportStage,
} from '../../data/importing/importMessages';
import { readImportInWorker } from '../../data/importing/readImportInWorker';
import type { BundleWriteOptions } from '../../data/mapRepository';
import { ImportProgressDialog, type ImportProgress } from './ImportProgressDialog';

interface Running {
  fileName: string;
  progress: ImportProgress;
  cancelling: boolean;
}

type Report = (progress: ImportProgress) => void;

export interface ImportProgressRunner {
  read(fileName: string, request: ImportRequest): Promise<ImportReadResult | null>;
  write<T>(fileName: string, save: (options: BundleWriteOptions) => Promise<T>): Promise<T | null>;
  /** The progress dialog while something runs; render it once. */
  dialog: ReactNode;
}

const at = (stage: ImportStage): ImportProgress => ({ stage, written: 0, total: 0 });

export function useImportProgress(): ImportProgressRunner {
  const [running, setRunning] = useState<Running | null>(null);
  const job = useRef<AbortController | null>(null);
  // Leaving the screen mid-import stops it rather than finishing unseen.
  useEffect(() => () => job.current?.abort(), []);

  const track = useCallback(
    async <T,>(
      fileName: string,
      stage: ImportStage,
      work: (signal: AbortSignal, report: Report) => Promise<T>,
    ): Promise<T | null> => {
      const controller = new AbortController();
      job.current = controller;
      setRunning({ fileName, progress: at(stage), cancelling: false });
      const report: Report = (progress) => {
        if (!controller.signal.aborted) setRunning({ fileName, progress, cancelling: false });
      };
      try {
        return await work(controller.signal, report);
      } catch (error) {
        if (isCancelled(error)) return null;
        throw error;
      } finally {
        if (job.current === controller) job.current = null;
        setRunning(null);
      }
    },
    [],
  );

  const read = useCallback(
    (fileName: string, request: ImportRequest) =>
      track(fileName, 'reading', (signal, report) =>
        readImportInWorker(request, { signal, onStage: (stage) => report(at(stage)) }),
      ),
    [track],
  );

  const write = useCallback(
    <T,>(fileName: string, save: (options: BundleWriteOptions) => Promise<T>) =>
      track(fileName, 'writing', (signal, report) =>
        save({
          signal,
          onProgress: (written, total) => report({ stage: 'writing', written, total }),
        }),
      ),
    [track],
  );

  const cancel = () => {
    job.current?.abort();
    setRunning((current) => current && { ...current, cancelling: true });
  };

  const dialog = running && (
    <ImportProgressDialog
      fileName={running.fileName}
      progress={running.progress}
      cancelling={running.cancelling}
      onCancel={cancel}
    />
  );
  return { read, write, dialog };
}
