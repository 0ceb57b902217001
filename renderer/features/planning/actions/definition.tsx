// The Actions tab as the editor sees it: a view definition that app/ registers.

import type { MapViewDefinition } from '../../../state/mapViews';
import { ActionsView } from './ActionsView';

export const actionsView: MapViewDefinition = {
  id: 'actions',
  label: 'Actions',
  render: (context) => <ActionsView context={context} />,
};
