// The Messages tab as the editor sees it: a view definition that app/ registers.

import type { MapViewDefinition } from '../../../state/mapViews';
import { lazyView } from '../common/lazyView';

export const messagesView: MapViewDefinition = {
  id: 'messages',
  label: 'Messages',
  // Its own chunk, fetched when the tab is first shown.
  render: lazyView('messages', async () => (await import('./MessagesView')).MessagesView),
};
