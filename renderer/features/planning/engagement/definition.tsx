// The Engagement tab as the editor sees it: a view definition that app/ registers.

import type { MapViewDefinition } from '../../../state/mapViews';
import { lazyView } from '../common/lazyView';

export const engagementView: MapViewDefinition = {
  id: 'engagement',
  label: 'Engagement',
  // Its own chunk, fetched when the tab is first shown.
  render: lazyView(
    'the engagement view',
    async () => (await import('./EngagementView')).EngagementView,
  ),
};
