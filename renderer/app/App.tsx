// The shell: picks the screen from the route, wires features together (they never import each
// other) and routes native menu commands.

import { useCallback, useEffect } from 'react';
import { NoticeArea } from '../components/NoticeArea';
import { BackupsPanel } from '../features/backups/BackupsPanel';
import { useAutomaticBackups } from '../features/backups/useAutomaticBackups';
import { MapEditorScreen, preloadMapEditor } from '../features/editor/MapEditorScreen';
import { useImportFlow } from '../features/import-export/useImportFlow';
import { useMapFiles } from '../features/import-export/useMapFiles';
import { MapListScreen } from '../features/maps/MapListScreen';
import { installGlobalErrorLogging } from '../platform/errorLog';
import { useHost } from '../platform/HostContext';
import { useFileDrop } from '../platform/useFileDrop';
import { reportError } from '../state/notices';
import { dispatchMenuCommand, useMenuCommand } from '../state/menuCommands';
import { useRoute } from './route';
import { MAP_VIEWS } from './mapViews';

export function App() {
  const host = useHost();
  const [route, navigate] = useRoute();
  const { exportMap } = useMapFiles();
  const openMap = useCallback((mapId: string) => navigate({ screen: 'map', mapId }), [navigate]);
  const importFlow = useImportFlow(openMap);
  const dragging = useFileDrop(
    importFlow.startWithFile,
    (message) =>
      reportError('The dropped file could not be read: nothing has been changed.', [message]),
    importFlow.fileDrag,
  );

  useEffect(() => host.onMenuCommand((command) => dispatchMenuCommand(command)), [host]);
  useEffect(() => installGlobalErrorLogging(window), []);
  useAutomaticBackups(host.backups, route.screen === 'map' ? route.mapId : null);

  const importAndOpen = importFlow.start;
  useMenuCommand('file:import', importAndOpen);
  useMenuCommand('map:new', () => {
    if (route.screen !== 'maps') navigate({ screen: 'maps' });
  });

  return (
    <>
      {route.screen === 'map' ? (
        <MapEditorScreen
          key={route.mapId}
          mapId={route.mapId}
          onBack={() => navigate({ screen: 'maps' })}
          onExport={(mapId) => void exportMap(mapId)}
          onImport={importAndOpen}
          views={MAP_VIEWS}
        />
      ) : (
        <>
          <MapListScreen onOpenMap={openMap} onImport={importAndOpen} onIdle={preloadMapEditor} />
          <BackupsPanel onOpenMap={openMap} />
        </>
      )}
      {importFlow.dialog}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop the file to import it as a new map
        </div>
      )}
      <NoticeArea />
    </>
  );
}
