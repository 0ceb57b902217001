// The Messages tab as the editor sees it: a view definition that app/ registers.

import type { MapViewDefinition } from '../../../state/mapViews';
import { MessagesView } from './MessagesView';

export const messagesView: MapViewDefinition = {
  id: 'messages',
  label: 'Messages',
  render: (context) => <MessagesView context={context} />,
};
