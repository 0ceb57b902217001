// The Contacts tab as the editor sees it: a view definition that app/ registers.

import type { MapViewDefinition } from '../../../state/mapViews';
import { ContactLogView } from './ContactLogView';

export const contactsView: MapViewDefinition = {
  id: 'contacts',
  label: 'Contacts',
  render: (context) => <ContactLogView context={context} />,
};
