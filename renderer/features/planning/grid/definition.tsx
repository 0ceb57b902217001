// The Grid tab as the editor sees it: a view definition that app/ registers.

import type { MapViewDefinition } from '../../../state/mapViews';
import { lazyView } from '../common/lazyView';

export const gridView: MapViewDefinition = {
  id: 'grid',
  label: 'Grid',
  // Its own chunk, fetched when the tab is first shown.
  render: lazyView('the grid', async () => (await import('./GridView')).GridView),
};
