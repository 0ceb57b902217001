// How the model's vocabulary reads to a user, in one place for menus, tables and legends.

import type { NodeKind } from './vocabulary';

export const NODE_KIND_LABELS: Record<NodeKind, string> = {
  person: 'Person',
  organisation: 'Organisation',
  network: 'Network',
  community: 'Community',
  event: 'Event',
  channel: 'Channel',
};
