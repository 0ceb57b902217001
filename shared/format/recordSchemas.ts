// The shape of each record in a version-1 file, as read: required fields must be there, optional
// ones get the model's defaults (Excalidraw's "restore"). References between records are checked
// afterwards, in crossChecks.ts, because a schema sees one record at a time.

import {
  ATTENDANCE_STATUSES,
  CHANNEL_TYPES,
  COMMUNITY_SCOPES,
  ENGAGEMENT_LEVELS,
  EVENT_STATUSES,
  INTERACTION_TYPES,
  INVOLVEMENT_PREFERENCES,
  MESSAGE_STATUSES,
  NODE_KINDS,
  ORGANISATION_TYPES,
} from '../domain/vocabulary';
import {
  choice,
  coordinate,
  date,
  extraFields,
  flag,
  identifier,
  identifierList,
  list,
  nonEmptyText,
  optionalChoice,
  optionalDate,
  optionalText,
  record,
  score,
  strength,
  text,
  textList,
  timestamp,
} from './fieldSchemas';

const position = record({ x: coordinate(), y: coordinate() }, 'a position').default(() => ({
  x: 0,
  y: 0,
}));

const assessment = record(
  {
    influence: score(),
    interest: score(),
    engagementCurrent: optionalChoice(ENGAGEMENT_LEVELS, 'an engagement level'),
    engagementTarget: optionalChoice(ENGAGEMENT_LEVELS, 'an engagement level'),
    sector: optionalText(),
    ownerId: identifier().nullable().default(null),
  },
  'an assessment',
).prefault({});

const person = record(
  {
    role: optionalText(),
    email: optionalText(),
    phone: optionalText(),
    involvement: optionalChoice(INVOLVEMENT_PREFERENCES, 'an involvement preference'),
    doNotContact: flag(false),
  },
  'person details',
);

const organisation = record(
  { type: optionalChoice(ORGANISATION_TYPES, 'an organisation type'), website: optionalText() },
  'organisation details',
);

const community = record(
  { scope: optionalChoice(COMMUNITY_SCOPES, 'a community scope'), platformLink: optionalText() },
  'community details',
);

const event = record(
  {
    start: optionalDate(),
    end: optionalDate(),
    location: optionalText(),
    status: optionalChoice(EVENT_STATUSES, 'an event status'),
  },
  'event details',
);

const channel = record(
  { type: optionalChoice(CHANNEL_TYPES, 'a channel type'), link: optionalText() },
  'channel details',
);

const audience = record(
  {
    nodeIds: identifierList(),
    tags: textList(),
    kinds: list(choice(NODE_KINDS, 'a node kind'), 'node kinds'),
  },
  'an audience',
).prefault({});

const delivery = record(
  { id: identifier(), viaId: identifier(), date: optionalDate() },
  'a delivery',
);

/**
 * A record's timestamps may be left out; readRecords.ts then fills in the file's export time. That
 * is done after parsing, not with zod's .default, so these schemas are built once, not per file.
 */
const created = () => timestamp().optional();

export const mapSchema = record(
  {
    id: identifier(),
    name: text(),
    description: optionalText(),
    createdAt: created(),
    updatedAt: created(),
  },
  'the map',
);

export const nodeSchema = record(
  {
    id: identifier(),
    kind: choice(NODE_KINDS, 'a node kind'),
    label: text(),
    description: optionalText(),
    notes: optionalText(),
    tags: textList(),
    position,
    assessment,
    person: person.optional(),
    organisation: organisation.optional(),
    community: community.optional(),
    event: event.optional(),
    channel: channel.optional(),
    extra: extraFields(),
    createdAt: created(),
    updatedAt: created(),
  },
  'a node',
);

export const relationshipSchema = record(
  {
    id: identifier(),
    sourceId: identifier(),
    targetId: identifier(),
    kind: nonEmptyText('a relationship kind'),
    label: optionalText(),
    description: optionalText(),
    notes: optionalText(),
    tags: textList(),
    directed: flag(true),
    strength: strength(),
    attendance: optionalChoice(ATTENDANCE_STATUSES, 'an attendance status'),
    extra: extraFields(),
    createdAt: created(),
    updatedAt: created(),
  },
  'a relationship',
);

export const interactionSchema = record(
  {
    id: identifier(),
    date: date(),
    type: choice(INTERACTION_TYPES, 'an interaction type'),
    nodeIds: identifierList(),
    summary: optionalText(),
    followUp: optionalDate(),
    createdAt: created(),
    updatedAt: created(),
  },
  'an interaction',
);

export const actionSchema = record(
  {
    id: identifier(),
    title: text(),
    due: optionalDate(),
    ownerId: identifier().nullable().default(null),
    nodeIds: identifierList(),
    done: flag(false),
    notes: optionalText(),
    createdAt: created(),
    updatedAt: created(),
  },
  'an action',
);

export const messageSchema = record(
  {
    id: identifier(),
    title: text(),
    text: optionalText(),
    status: choice(MESSAGE_STATUSES, 'a message status').default('draft'),
    audience,
    deliveries: list(delivery, 'deliveries'),
    createdAt: created(),
    updatedAt: created(),
  },
  'a message',
);
