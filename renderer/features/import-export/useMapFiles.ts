// The user-facing import and export of native map files: asks the host for a file or a place to
// save, runs the data-layer import/export, and tells the user what happened.

import { useCallback } from 'react';
import { describeProblem, exportStakemapText, importStakemapText } from '../../data/mapFiles';
import { APP_VERSION } from '../../platform/appVersion';
import { STAKEMAP_FILE_TYPE } from '../../platform/fileTypes';
import { useHost } from '../../platform/HostContext';
import { announce, reportError } from '../../state/notices';

export interface MapFiles {
  /** Imports a file as a new map; resolves with its id, or null when cancelled or refused. */
  importMap(): Promise<string | null>;
  exportMap(mapId: string): Promise<void>;
}

export function useMapFiles(): MapFiles {
  const host = useHost();

  const importMap = useCallback(async (): Promise<string | null> => {
    try {
      const file = await host.openFile([STAKEMAP_FILE_TYPE]);
      if (!file) return null;
      const result = await importStakemapText(file.contents);
      if (!result.ok) {
        reportError(
          `${file.name} was not imported: nothing has been changed.`,
          result.error.map(describeProblem),
        );
        return null;
      }
      const { map, nodes, relationships } = result.value;
      announce(
        `Imported “${map.name}” with ${nodes.length} nodes and ${relationships.length} relationships.`,
      );
      return map.id;
    } catch (error) {
      reportError('The file could not be imported: nothing has been changed.', [
        error instanceof Error ? error.message : String(error),
      ]);
      return null;
    }
  }, [host]);

  const exportMap = useCallback(
    async (mapId: string): Promise<void> => {
      try {
        const exported = await exportStakemapText(mapId, APP_VERSION);
        if (!exported.ok) {
          reportError(exported.error);
          return;
        }
        const { fileName, text } = exported.value;
        const outcome = await host.saveFile(fileName, text, STAKEMAP_FILE_TYPE);
        if (outcome.status === 'saved') announce(`Exported ${fileName} to ${outcome.where}.`);
      } catch (error) {
        reportError('The map could not be exported.', [
          error instanceof Error ? error.message : String(error),
        ]);
      }
    },
    [host],
  );

  return { importMap, exportMap };
}
