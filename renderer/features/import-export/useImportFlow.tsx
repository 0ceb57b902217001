// Importing a file as a new map, from the Import… button, the File menu or a file dropped on the
// window: native files go straight in, files from other tools show a preview first. Problems are
// reported with where they are, and nothing changes.

import { useCallback, useState, type ReactNode } from 'react';
import type { OpenedFile } from '../../platform/host';
import type { ImportPreview } from '@shared/format/interchange/types';
import { readCsvPair } from '../../data/foreignFormats';
import { importFile, storePreview } from '../../data/importFile';
import { describeProblem } from '../../data/mapFiles';
import { CSV_FILE_TYPE, IMPORTABLE_FILE_TYPES } from '../../platform/fileTypes';
import { useHost } from '../../platform/HostContext';
import { announce, dismissError, errorMessage, reportError } from '../../state/notices';
import { ImportPreviewDialog } from './ImportPreviewDialog';

interface PendingPreview {
  fileName: string;
  text: string;
  format: string;
  relationshipsFileName: string | null;
  formatLabel: string;
  suggestedName: string;
  preview: ImportPreview;
}

export interface ImportFlow {
  /** Asks for a file and imports it. */
  start(): void;
  /** Imports a file the user already handed over (dropped on the window). */
  startWithFile(file: OpenedFile): void;
  /** The preview dialog, when one is open; render it once in the shell. */
  dialog: ReactNode;
}

function errorText(error: unknown): string {
  return errorMessage(error);
}

export function useImportFlow(onImported: (mapId: string) => void): ImportFlow {
  const host = useHost();
  const [pending, setPending] = useState<PendingPreview | null>(null);

  const handle = useCallback(
    async (file: OpenedFile) => {
      dismissError();
      const result = await importFile(file.name, file.contents);
      if (!result.ok) {
        reportError(
          `${file.name} was not imported: nothing has been changed.`,
          result.error.map(describeProblem),
        );
        return;
      }
      const outcome = result.value;
      if (outcome.kind === 'stored') {
        const { map, nodes, relationships } = outcome.bundle;
        announce(
          `Imported “${map.name}” with ${nodes.length} nodes and ${relationships.length} relationships.`,
        );
        onImported(map.id);
        return;
      }
      setPending({
        fileName: file.name,
        text: file.contents,
        format: outcome.format,
        relationshipsFileName: null,
        formatLabel: outcome.formatLabel,
        suggestedName: outcome.suggestedName,
        preview: outcome.preview,
      });
    },
    [onImported],
  );

  const run = useCallback((work: () => Promise<void>) => {
    work().catch((error: unknown) =>
      reportError('The file could not be imported: nothing has been changed.', [errorText(error)]),
    );
  }, []);

  const start = useCallback(() => {
    run(async () => {
      const file = await host.openFile(IMPORTABLE_FILE_TYPES);
      if (file) await handle(file);
    });
  }, [host, handle, run]);

  const startWithFile = useCallback((file: OpenedFile) => run(() => handle(file)), [handle, run]);

  const addRelationships = (current: PendingPreview) =>
    run(async () => {
      const file = await host.openFile([CSV_FILE_TYPE]);
      if (!file) return;
      const read = readCsvPair(
        { name: current.fileName, text: current.text },
        { name: file.name, text: file.contents },
      );
      if (!read.ok) {
        reportError(
          `${file.name} could not be read as the relationships: the preview is unchanged.`,
          read.error.map(describeProblem),
        );
        return;
      }
      setPending({ ...current, relationshipsFileName: file.name, preview: read.value.preview });
    });

  const dialog = pending && (
    <ImportPreviewDialog
      fileName={pending.fileName}
      relationshipsFileName={pending.relationshipsFileName}
      onAddRelationships={pending.format === 'csv' ? () => addRelationships(pending) : undefined}
      formatLabel={pending.formatLabel}
      suggestedName={pending.suggestedName}
      summary={pending.preview.summary}
      onCancel={() => {
        setPending(null);
        announce('Import cancelled: nothing was changed.');
      }}
      onConfirm={(name) => {
        const { preview } = pending;
        setPending(null);
        run(async () => {
          const bundle = await storePreview(preview, name);
          announce(
            `Imported “${bundle.map.name}” with ${bundle.nodes.length} nodes and ${bundle.relationships.length} relationships.`,
          );
          onImported(bundle.map.id);
        });
      }}
    />
  );

  return { start, startWithFile, dialog };
}
