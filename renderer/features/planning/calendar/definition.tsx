// The Calendar tab as the editor sees it: a view definition that app/ registers.

import type { MapViewDefinition } from '../../../state/mapViews';
import { lazyView } from '../common/lazyView';

export const calendarView: MapViewDefinition = {
  id: 'calendar',
  label: 'Calendar',
  // Its own chunk, fetched when the tab is first shown.
  render: lazyView('the calendar', async () => (await import('./CalendarView')).CalendarView),
};
