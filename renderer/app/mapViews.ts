// The views of a map beyond the network and the table, in tab order. Each is its own feature;
// listing them here is what keeps features from importing one another.

import { actionsView } from '../features/planning/actions/definition';
import { calendarView } from '../features/planning/calendar/definition';
import { contactsView } from '../features/planning/contacts/definition';
import { engagementView } from '../features/planning/engagement/definition';
import { gridView } from '../features/planning/grid/definition';
import { messagesView } from '../features/planning/messages/definition';
import type { MapViewDefinition } from '../state/mapViews';

export const MAP_VIEWS: readonly MapViewDefinition[] = [
  gridView,
  engagementView,
  calendarView,
  contactsView,
  actionsView,
  messagesView,
];
