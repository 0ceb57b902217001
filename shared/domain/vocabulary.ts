// The closed vocabularies of the stakeholder model. These strings are persisted in IndexedDB and in
// .stakemap.json files: do not rename a value without a database and file-format migration.

export const NODE_KINDS = [
  'person',
  'organisation',
  'network',
  'community',
  'event',
  'channel',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const ENGAGEMENT_LEVELS = [
  'unaware',
  'resistant',
  'neutral',
  'supportive',
  'leading',
] as const;
export type EngagementLevel = (typeof ENGAGEMENT_LEVELS)[number];

export const INVOLVEMENT_PREFERENCES = ['workshop', 'email', 'meeting', 'event', 'none'] as const;
export type InvolvementPreference = (typeof INVOLVEMENT_PREFERENCES)[number];

export const ORGANISATION_TYPES = [
  'local-authority',
  'central-government',
  'agency',
  'private',
  'third-sector',
  'academic',
  'media',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const COMMUNITY_SCOPES = ['within', 'between', 'outside'] as const;
export type CommunityScope = (typeof COMMUNITY_SCOPES)[number];

export const EVENT_STATUSES = ['idea', 'planned', 'confirmed', 'held', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const CHANNEL_TYPES = [
  'wiki',
  'forum',
  'blog',
  'document-library',
  'mailing-list',
  'social',
  'website',
] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];

export const RELATIONSHIP_KINDS = [
  'member-of',
  'works-for',
  'attends',
  'speaks-at',
  'organises',
  'influences',
  'collaborates',
  'reports-to',
  'funds',
  'uses-channel',
] as const;
export type KnownRelationshipKind = (typeof RELATIONSHIP_KINDS)[number];

export const ATTENDANCE_STATUSES = ['invited', 'confirmed', 'attended', 'declined'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const INTERACTION_TYPES = [
  'meeting',
  'email',
  'call',
  'workshop',
  'event',
  'other',
] as const;
export type InteractionType = (typeof INTERACTION_TYPES)[number];

export const MESSAGE_STATUSES = ['draft', 'agreed'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

export function isKnownRelationshipKind(kind: string): kind is KnownRelationshipKind {
  return (RELATIONSHIP_KINDS as readonly string[]).includes(kind);
}

export function isNodeKind(kind: string): kind is NodeKind {
  return (NODE_KINDS as readonly string[]).includes(kind);
}
