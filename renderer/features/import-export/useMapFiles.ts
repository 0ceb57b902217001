// The user-facing export of native map files: asks the host for a place to save, runs the
// data-layer export, and tells the user what happened. Import is useImportFlow.

import { useCallback } from 'react';
import { APP_VERSION } from '../../platform/appVersion';
import { STAKEMAP_FILE_TYPE } from '../../platform/fileTypes';
import { useHost } from '../../platform/HostContext';
import { announce, errorMessage, reportError } from '../../state/notices';

export interface MapFiles {
  exportMap(mapId: string): Promise<void>;
}

export function useMapFiles(): MapFiles {
  const host = useHost();

  const exportMap = useCallback(
    async (mapId: string): Promise<void> => {
      try {
        // The file format's code (its schemas, Zod) loads with the first export, not at start-up.
        const { exportStakemapText } = await import('../../data/mapFiles');
        const exported = await exportStakemapText(mapId, APP_VERSION);
        if (!exported.ok) {
          reportError(exported.error);
          return;
        }
        const { fileName, text } = exported.value;
        const outcome = await host.saveFile(fileName, text, STAKEMAP_FILE_TYPE);
        if (outcome.status === 'saved') announce(`Exported ${fileName} to ${outcome.where}.`);
      } catch (error) {
        reportError('The map could not be exported.', [errorMessage(error)]);
      }
    },
    [host],
  );

  return { exportMap };
}
