// The import flow as the shell mounts it (an Import… button, its dialogs and the notices), on an
// empty database, with a host that hands over the given file when asked for one.

import { screen } from '@testing-library/react';
import { vi, type Mock } from 'vitest';
import { NoticeArea } from '../../../renderer/components/NoticeArea';
import { db } from '../../../renderer/data/db';
import { useImportFlow } from '../../../renderer/features/import-export/useImportFlow';
import type { OpenedFile } from '../../../renderer/platform/host';
// The app loads the file reader on demand (it is not first-screen code); loading it here, with the
// test, keeps that first load's transform time out of each test's one-second waits.
import '../../../renderer/data/importing/readImport';
import { recordingHost, renderWithHost, type RecordingHost } from '../renderWithHost';

export async function clearDatabase(): Promise<void> {
  await Promise.all(db.tables.map((table) => table.clear()));
}

function ImportButton({ onImported }: { onImported(mapId: string): void }) {
  const flow = useImportFlow(onImported);
  return (
    <>
      <button type="button" onClick={flow.start}>
        Import…
      </button>
      {flow.dialog}
      <NoticeArea />
    </>
  );
}

/** Renders the flow and clicks Import…, which picks `file`; returns the host and onImported. */
export function startImport(file: OpenedFile): { host: RecordingHost; onImported: Mock } {
  const host = recordingHost();
  host.nextOpen = file;
  const onImported = vi.fn();
  renderWithHost(<ImportButton onImported={onImported} />, host);
  screen.getByRole('button', { name: 'Import…' }).click();
  return { host, onImported };
}
