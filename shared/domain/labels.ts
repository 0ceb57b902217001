// How the model's vocabulary reads to a user, in one place for menus, tables and legends.

import type { EngagementLevel, NodeKind } from './vocabulary';

export const NODE_KIND_LABELS: Record<NodeKind, string> = {
  person: 'Person',
  organisation: 'Organisation',
  network: 'Network',
  community: 'Community',
  event: 'Event',
  channel: 'Channel',
};

export const ENGAGEMENT_LABELS: Record<EngagementLevel, string> = {
  unaware: 'Unaware',
  resistant: 'Resistant',
  neutral: 'Neutral',
  supportive: 'Supportive',
  leading: 'Leading',
};

/** Turns a stored vocabulary value such as `local-authority` into "Local authority". */
export function humanise(value: string): string {
  const words = value.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
