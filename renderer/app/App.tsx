// The shell: picks the screen from the route, wires features together (they never import each
// other) and routes native menu commands.

import { useEffect } from 'react';
import { NoticeArea } from '../components/NoticeArea';
import { MapEditorScreen } from '../features/editor/MapEditorScreen';
import { useMapFiles } from '../features/import-export/useMapFiles';
import { MapListScreen } from '../features/maps/MapListScreen';
import { useHost } from '../platform/HostContext';
import { dispatchMenuCommand, useMenuCommand } from '../state/menuCommands';
import { useRoute } from './route';
import { MAP_VIEWS } from './mapViews';

export function App() {
  const host = useHost();
  const [route, navigate] = useRoute();
  const { importMap, exportMap } = useMapFiles();

  useEffect(() => host.onMenuCommand((command) => dispatchMenuCommand(command)), [host]);

  const importAndOpen = () => {
    void importMap().then((mapId) => {
      if (mapId) navigate({ screen: 'map', mapId });
    });
  };
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
        <MapListScreen
          onOpenMap={(mapId) => navigate({ screen: 'map', mapId })}
          onImport={importAndOpen}
        />
      )}
      <NoticeArea />
    </>
  );
}
