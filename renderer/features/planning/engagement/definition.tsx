// The Engagement tab as the editor sees it: a view definition that app/ registers.

import type { MapViewDefinition } from '../../../state/mapViews';
import { EngagementView } from './EngagementView';

export const engagementView: MapViewDefinition = {
  id: 'engagement',
  label: 'Engagement',
  render: (context) => <EngagementView context={context} />,
};
