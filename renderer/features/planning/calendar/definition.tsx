// The Calendar tab as the editor sees it: a view definition that app/ registers.

import type { MapViewDefinition } from '../../../state/mapViews';
import { CalendarView } from './CalendarView';

export const calendarView: MapViewDefinition = {
  id: 'calendar',
  label: 'Calendar',
  render: (context) => <CalendarView context={context} />,
};
