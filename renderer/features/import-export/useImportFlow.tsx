// Importing a file as a new map, from the Import… button, the File menu or a file dropped on the
// window. The file is read in a worker with progress and Cancel; a native file then goes straight
// in, a spreadsheet not in Kumu's shape first asks what each column holds, and every file from
// another tool shows a preview. Problems are reported with where they are, and nothing changes.

import { useCallback, useState, type ReactNode } from 'react';
import type { MapBundle } from '@shared/domain/types';
// Not the interchange index, which would bring every importer into the first screen's code.
import { mappingFromRoles, type CsvColumn } from '@shared/format/interchange/csv/csvColumnGuess';
import type { FileType, Host, OpenedFile } from '../../platform/host';
import { newId, nowTimestamp } from '../../data/ids';
import { mapNameFromFileName, storePreview } from '../../data/importFile';
import type { ImportRead, ImportReadResult, NamedText } from '../../data/importing/importMessages';
import { prepareImportWorker, releaseImportWorker } from '../../data/importing/readImportInWorker';
import { describeProblem } from '../../data/describeProblem';
import { saveNewBundle, type BundleWriteOptions } from '../../data/mapRepository';
import { CSV_FILE_TYPE, IMPORTABLE_FILE_TYPES } from '../../platform/fileTypes';
import { useHost } from '../../platform/HostContext';
import type { FileDragWatcher } from '../../platform/useFileDrop';
import { announce, dismissError, errorMessage, reportError } from '../../state/notices';
import type { ColumnChoice } from './columnChoices';
import { CsvMappingDialog } from './CsvMappingDialog';
import { ImportPreviewDialog } from './ImportPreviewDialog';
import { useImportProgress } from './useImportProgress';

type Preview = Extract<ImportRead, { kind: 'preview' }>;

type Step =
  | { kind: 'columns'; file: NamedText; columns: CsvColumn[]; reason: string }
  | {
      kind: 'preview';
      file: NamedText;
      read: Preview;
      relationshipsFileName: string | null;
      /** The user's column choices, when the spreadsheet was read through the mapping step. */
      choices: ColumnChoice[] | null;
    };

export interface ImportFlow {
  /** Asks for a file and imports it. */
  start(): void;
  /** Imports a file the user already handed over (dropped on the window). */
  startWithFile(file: OpenedFile): void;
  /** Readies the worker while a file is dragged over the window, for useFileDrop. */
  fileDrag: FileDragWatcher;
  /** The dialogs of the import, when one is open; render it once in the shell. */
  dialog: ReactNode;
}

const CANCELLED = 'Import cancelled: nothing was changed.';

function importedMessage(bundle: MapBundle): string {
  const { map, nodes, relationships } = bundle;
  return `Imported “${map.name}” with ${nodes.length} nodes and ${relationships.length} relationships.`;
}

const FILE_DRAG: FileDragWatcher = {
  fileOver: prepareImportWorker,
  fileAway: releaseImportWorker,
};

/** Asks for a file; the worker that will read it gets ready while the user chooses. */
async function chooseFile(host: Host, types: FileType[]): Promise<OpenedFile | null> {
  prepareImportWorker();
  try {
    const file = await host.openFile(types);
    if (!file) releaseImportWorker();
    return file;
  } catch (error) {
    releaseImportWorker();
    throw error;
  }
}

export function useImportFlow(onImported: (mapId: string) => void): ImportFlow {
  const host = useHost();
  const progress = useImportProgress();
  const [step, setStep] = useState<Step | null>(null);

  const run = useCallback((work: () => Promise<void>) => {
    work().catch((error: unknown) => {
      setStep(null);
      reportError('The file could not be imported: nothing has been changed.', [
        errorMessage(error),
      ]);
    });
  }, []);

  const store = useCallback(
    async (fileName: string, save: (options: BundleWriteOptions) => Promise<MapBundle>) => {
      setStep(null);
      const bundle = await progress.write(fileName, save);
      if (!bundle) {
        announce(CANCELLED);
        return;
      }
      announce(importedMessage(bundle));
      onImported(bundle.map.id);
    },
    [progress, onImported],
  );

  /** What to show once a file is read: the problems, the mapping step, the preview, or done. */
  const show = useCallback(
    async (file: NamedText, result: ImportReadResult, choices: ColumnChoice[] | null = null) => {
      if (!result.ok) {
        setStep(null);
        reportError(
          `${file.name} was not imported: nothing has been changed.`,
          result.error.map(describeProblem),
        );
        return;
      }
      const read = result.value;
      if (read.kind === 'native') {
        await store(file.name, async (options) => {
          await saveNewBundle(read.bundle, options);
          return read.bundle;
        });
      } else if (read.kind === 'columns') {
        setStep({ kind: 'columns', file, columns: read.columns, reason: read.reason });
      } else {
        setStep({ kind: 'preview', file, read, relationshipsFileName: null, choices });
      }
    },
    [store],
  );

  const handle = useCallback(
    async ({ name, contents }: OpenedFile) => {
      dismissError();
      const file = { name, text: contents };
      const request = { type: 'file', file, mapId: newId(), now: nowTimestamp() } as const;
      const result = await progress.read(name, request);
      if (result) await show(file, result);
      else announce(CANCELLED);
    },
    [progress, show],
  );

  const start = useCallback(() => {
    run(async () => {
      const file = await chooseFile(host, IMPORTABLE_FILE_TYPES);
      if (file) await handle(file);
    });
  }, [host, handle, run]);

  const startWithFile = useCallback((file: OpenedFile) => run(() => handle(file)), [handle, run]);

  const addRelationships = (current: Extract<Step, { kind: 'preview' }>) =>
    run(async () => {
      const chosen = await chooseFile(host, [CSV_FILE_TYPE]);
      if (!chosen) return;
      const relationships = { name: chosen.name, text: chosen.contents };
      const request = {
        type: 'csv-pair',
        nodes: current.file,
        relationships,
        now: nowTimestamp(),
      } as const;
      // Cancelling this read goes back to the preview as it was.
      const result = await progress.read(chosen.name, request);
      if (!result) return;
      if (!result.ok || result.value.kind !== 'preview') {
        reportError(
          `${chosen.name} could not be read as the relationships: the preview is unchanged.`,
          result.ok ? [] : result.error.map(describeProblem),
        );
        return;
      }
      setStep({ ...current, read: result.value, relationshipsFileName: chosen.name });
    });

  const chooseColumns = (current: Extract<Step, { kind: 'preview' }>) =>
    run(async () => {
      const { file, choices } = current;
      const result = await progress.read(file.name, {
        type: 'csv-columns',
        file,
        now: nowTimestamp(),
      });
      if (!result) return;
      if (!result.ok || result.value.kind !== 'columns') return show(file, result);
      // Coming back from a preview of the user's own choices: start from those, not the guesses.
      const columns = result.value.columns.map((column) => {
        const chosen = choices?.find((choice) => choice.column === column.name);
        return chosen ? { ...column, guess: chosen.role } : column;
      });
      setStep({ kind: 'columns', file, columns, reason: '' });
    });

  const readWithColumns = (current: Extract<Step, { kind: 'columns' }>, choices: ColumnChoice[]) =>
    run(async () => {
      const mapping = mappingFromRoles(choices);
      if (!mapping) return;
      const { file } = current;
      const request = { type: 'csv-mapped', file, mapping, now: nowTimestamp() } as const;
      const result = await progress.read(file.name, request);
      if (!result) return;
      if (result.ok) return show(file, result, choices);
      // Back to the choices, which are what the user can change.
      const columns = current.columns.map((column, index) => ({
        ...column,
        guess: choices[index]?.role ?? column.guess,
      }));
      setStep({ ...current, columns });
      reportError(
        `${file.name} could not be read with these columns: nothing has been changed.`,
        result.error.map(describeProblem),
      );
    });

  const cancelStep = () => {
    setStep(null);
    announce(CANCELLED);
  };

  let stepDialog: ReactNode = null;
  if (step?.kind === 'columns') {
    stepDialog = (
      <CsvMappingDialog
        key={step.columns.map((column) => `${column.name}:${column.guess}`).join('|')}
        fileName={step.file.name}
        columns={step.columns}
        reason={step.reason}
        onCancel={cancelStep}
        onConfirm={(choices) => readWithColumns(step, choices)}
      />
    );
  } else if (step?.kind === 'preview') {
    const isCsv = step.read.format === 'csv';
    stepDialog = (
      <ImportPreviewDialog
        fileName={step.file.name}
        relationshipsFileName={step.relationshipsFileName}
        onAddRelationships={isCsv && !step.choices ? () => addRelationships(step) : undefined}
        onChooseColumns={
          isCsv && !step.relationshipsFileName ? () => chooseColumns(step) : undefined
        }
        formatLabel={step.read.formatLabel}
        suggestedName={mapNameFromFileName(step.file.name)}
        summary={step.read.preview.summary}
        onCancel={cancelStep}
        onConfirm={(name) =>
          run(() =>
            store(step.file.name, (options) => storePreview(step.read.preview, name, options)),
          )
        }
      />
    );
  }

  // While something runs, its progress is the only dialog; what was open comes back after.
  return { start, startWithFile, fileDrag: FILE_DRAG, dialog: progress.dialog ?? stepDialog };
}
