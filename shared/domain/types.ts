// The stakeholder model as a user sees it. Records here are what IndexedDB stores (with a mapId)
// and, without the mapId, what a .stakemap.json file carries. Field names are persisted: do not
// rename one without a database and file-format migration.

import type {
  AttendanceStatus,
  ChannelType,
  CommunityScope,
  EngagementLevel,
  EventStatus,
  InteractionType,
  InvolvementPreference,
  MessageStatus,
  NodeKind,
  OrganisationType,
} from './vocabulary';

/** ISO 8601 timestamp, e.g. 2026-11-27T10:00:00.000Z. */
export type Timestamp = string;
/** ISO 8601 calendar date (2010-01-28) or date-time. */
export type DateString = string;

export interface Position {
  x: number;
  y: number;
}

export interface StakeMap {
  id: string;
  name: string;
  description: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** Who matters and where they stand. Scores are 0–10, null when not yet assessed. */
export interface Assessment {
  influence: number | null;
  interest: number | null;
  engagementCurrent: EngagementLevel | null;
  engagementTarget: EngagementLevel | null;
  sector: string;
  /** The id of a person node on the same map who looks after this stakeholder. */
  ownerId: string | null;
}

export interface PersonDetails {
  role: string;
  email: string;
  phone: string;
  involvement: InvolvementPreference | null;
  doNotContact: boolean;
}

export interface OrganisationDetails {
  type: OrganisationType | null;
  website: string;
}

export interface CommunityDetails {
  scope: CommunityScope | null;
  platformLink: string;
}

export interface EventDetails {
  start: DateString | null;
  end: DateString | null;
  location: string;
  status: EventStatus | null;
}

export interface ChannelDetails {
  type: ChannelType | null;
  link: string;
}

/**
 * One stakeholder or place of engagement on a map. The details block for the node's kind is the
 * one shown; blocks of other kinds are kept when the kind changes so that changing it back loses
 * nothing.
 */
export interface StakeNode {
  id: string;
  mapId: string;
  kind: NodeKind;
  label: string;
  description: string;
  notes: string;
  tags: string[];
  position: Position;
  assessment: Assessment;
  person?: PersonDetails;
  organisation?: OrganisationDetails;
  community?: CommunityDetails;
  event?: EventDetails;
  channel?: ChannelDetails;
  /** Fields from other tools that Stakemap has no place for, kept so a round trip loses nothing. */
  extra: Record<string, string>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface Relationship {
  id: string;
  mapId: string;
  sourceId: string;
  targetId: string;
  /** One of RELATIONSHIP_KINDS, or a custom label the user typed. */
  kind: string;
  label: string;
  description: string;
  notes: string;
  tags: string[];
  directed: boolean;
  strength: 1 | 2 | 3;
  /** Only meaningful for `attends`. */
  attendance: AttendanceStatus | null;
  extra: Record<string, string>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface Interaction {
  id: string;
  mapId: string;
  date: DateString;
  type: InteractionType;
  nodeIds: string[];
  summary: string;
  followUp: DateString | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface Action {
  id: string;
  mapId: string;
  title: string;
  due: DateString | null;
  ownerId: string | null;
  nodeIds: string[];
  done: boolean;
  notes: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface MessageAudience {
  nodeIds: string[];
  tags: string[];
  kinds: NodeKind[];
}

export interface MessageDelivery {
  id: string;
  /** An event or channel node. */
  viaId: string;
  date: DateString | null;
}

export interface KeyMessage {
  id: string;
  mapId: string;
  title: string;
  text: string;
  status: MessageStatus;
  audience: MessageAudience;
  deliveries: MessageDelivery[];
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** Everything that belongs to one map: what an export writes and an import creates. */
export interface MapBundle {
  map: StakeMap;
  nodes: StakeNode[];
  relationships: Relationship[];
  interactions: Interaction[];
  actions: Action[];
  messages: KeyMessage[];
}
