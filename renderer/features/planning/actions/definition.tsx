// The Actions tab as the editor sees it: a view definition that app/ registers.

import type { MapViewDefinition } from '../../../state/mapViews';
import { lazyView } from '../common/lazyView';

export const actionsView: MapViewDefinition = {
  id: 'actions',
  label: 'Actions',
  // Its own chunk, fetched when the tab is first shown.
  render: lazyView('actions', async () => (await import('./ActionsView')).ActionsView),
};
