// "Export everything" and "Import everything…": every map in one file, through the host (a save
// dialog or a download; a file dialog or a file input), with the same precise error reports as a
// single map's import.

import { useCallback, useState } from 'react';
import { describeProblem } from '../../data/describeProblem';
import { APP_VERSION } from '../../platform/appVersion';
import { logError } from '../../platform/errorLog';
import { ARCHIVE_FILE_TYPE } from '../../platform/fileTypes';
import { useHost } from '../../platform/HostContext';
import { announce, reportError } from '../../state/notices';
import { errorText } from './describe';

// The archive and file format's code (its schemas, Zod) loads when first asked for, not at start-up.
const loadArchiveCode = () => import('../../data/backupArchive');

export function useEverythingFiles() {
  const host = useHost();
  const [busy, setBusy] = useState(false);

  const exportEverything = useCallback(async () => {
    setBusy(true);
    try {
      const { exportEverythingText } = await loadArchiveCode();
      const archive = await exportEverythingText(APP_VERSION);
      const outcome = await host.saveFile(archive.fileName, archive.text, ARCHIVE_FILE_TYPE);
      if (outcome.status === 'saved') {
        announce(
          `Exported ${archive.mapCount} ${archive.mapCount === 1 ? 'map' : 'maps'} to ${outcome.where}.`,
        );
      }
    } catch (error) {
      logError('Export everything failed', error);
      reportError('Your maps could not be exported.', [errorText(error)]);
    } finally {
      setBusy(false);
    }
  }, [host]);

  const importEverything = useCallback(async () => {
    setBusy(true);
    try {
      const file = await host.openFile([ARCHIVE_FILE_TYPE]);
      if (!file) return;
      const { importEverythingText } = await loadArchiveCode();
      const result = await importEverythingText(file.contents);
      if (!result.ok) {
        reportError(
          `${file.name} was not imported: nothing has been changed.`,
          result.error.map(describeProblem),
        );
        return;
      }
      const count = result.value.length;
      announce(`Imported ${count} ${count === 1 ? 'map' : 'maps'} from ${file.name} as new maps.`);
    } catch (error) {
      logError('Import everything failed', error);
      reportError('The file could not be imported: nothing has been changed.', [errorText(error)]);
    } finally {
      setBusy(false);
    }
  }, [host]);

  return { busy, exportEverything, importEverything };
}
