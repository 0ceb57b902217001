// The Grid tab as the editor sees it: a view definition that app/ registers.

import type { MapViewDefinition } from '../../../state/mapViews';
import { GridView } from './GridView';

export const gridView: MapViewDefinition = {
  id: 'grid',
  label: 'Grid',
  render: (context) => <GridView context={context} />,
};
