// The Contacts tab as the editor sees it: a view definition that app/ registers.

import type { MapViewDefinition } from '../../../state/mapViews';
import { lazyView } from '../common/lazyView';

export const contactsView: MapViewDefinition = {
  id: 'contacts',
  label: 'Contacts',
  // Its own chunk, fetched when the tab is first shown.
  render: lazyView(
    'the contact log',
    async () => (await import('./ContactLogView')).ContactLogView,
  ),
};
