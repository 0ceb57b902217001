// Applies one field of another tool's node to a Stakemap node: assessment, per-kind details and
// text fields, each read with values.ts and noted in the summary. The node's id, label, kind and
// position are decided in mapNodes.ts, because they need the whole file.

import {
  EMPTY_CHANNEL,
  EMPTY_COMMUNITY,
  EMPTY_EVENT,
  EMPTY_ORGANISATION,
  EMPTY_PERSON,
} from '../../domain/details';
import type { StakeNode } from '../../domain/types';
import {
  CHANNEL_TYPES,
  COMMUNITY_SCOPES,
  ENGAGEMENT_LEVELS,
  EVENT_STATUSES,
  INVOLVEMENT_PREFERENCES,
  ORGANISATION_TYPES,
  type OrganisationType,
} from '../../domain/vocabulary';
import type { NodeFieldId } from './fieldNames';
import type { ForeignField } from './foreign';
import { keepAsExtra, noteConverted, noteReadAs, type FieldContext } from './fieldNotes';
import { asText, readChoice, readDate, readFlag, readScore, readTags, type Read } from './values';

const ORGANISATION_SYNONYMS: Readonly<Record<string, OrganisationType>> = {
  council: 'local-authority',
  'local-government': 'local-authority',
  government: 'central-government',
  'government-department': 'central-government',
  'public-body': 'agency',
  business: 'private',
  company: 'private',
  'private-sector': 'private',
  charity: 'third-sector',
  voluntary: 'third-sector',
  ngo: 'third-sector',
  'non-profit': 'third-sector',
  university: 'academic',
  research: 'academic',
  press: 'media',
};

/** Applies a read value, or keeps the original as an extra field when it did not fit. */
function apply<T>(
  ctx: FieldContext,
  node: StakeNode,
  field: ForeignField,
  read: Read<T>,
  meaning: string,
  set: (value: T) => void,
): void {
  if (read.kind === 'bad') {
    keepAsExtra(ctx, node.extra, field, read.expected);
    return;
  }
  noteReadAs(ctx, field, meaning);
  if (read.kind === 'converted') noteConverted(ctx, field, read.how, read.plain);
  set(read.value);
}

function person(node: StakeNode) {
  node.person ??= { ...EMPTY_PERSON };
  return node.person;
}
function organisation(node: StakeNode) {
  node.organisation ??= { ...EMPTY_ORGANISATION };
  return node.organisation;
}
function community(node: StakeNode) {
  node.community ??= { ...EMPTY_COMMUNITY };
  return node.community;
}
function event(node: StakeNode) {
  node.event ??= { ...EMPTY_EVENT };
  return node.event;
}
function channel(node: StakeNode) {
  node.channel ??= { ...EMPTY_CHANNEL };
  return node.channel;
}

type TextFieldId = 'description' | 'notes' | 'sector' | 'role' | 'email' | 'phone' | 'website';
type MoreTextFieldId = 'platformLink' | 'location' | 'link';

const TEXT_FIELDS: Record<
  TextFieldId | MoreTextFieldId,
  [string, (n: StakeNode, v: string) => void]
> = {
  description: ['the description', (n, v) => (n.description = v)],
  notes: ['notes', (n, v) => (n.notes = v)],
  sector: ['the sector', (n, v) => (n.assessment.sector = v)],
  role: ["a person's role", (n, v) => (person(n).role = v)],
  email: ["a person's email", (n, v) => (person(n).email = v)],
  phone: ["a person's phone", (n, v) => (person(n).phone = v)],
  website: ["an organisation's website", (n, v) => (organisation(n).website = v)],
  platformLink: ["a community's platform link", (n, v) => (community(n).platformLink = v)],
  location: ["an event's location", (n, v) => (event(n).location = v)],
  link: ["a channel's link", (n, v) => (channel(n).link = v)],
};

function isTextField(id: NodeFieldId): id is TextFieldId | MoreTextFieldId {
  return Object.hasOwn(TEXT_FIELDS, id);
}

/** Blank values set nothing: a detail block appears only when one of its fields has a value. */
function isBlankText(field: ForeignField): boolean {
  return asText(field.value) === '';
}

export function applyNodeField(
  ctx: FieldContext,
  node: StakeNode,
  id: NodeFieldId,
  field: ForeignField,
): void {
  if (isTextField(id)) {
    const [meaning, set] = TEXT_FIELDS[id];
    noteReadAs(ctx, field, meaning);
    if (!isBlankText(field)) set(node, asText(field.value));
    return;
  }
  if (isBlankText(field) && id !== 'tags') return;
  const a = node.assessment;
  switch (id) {
    case 'tags':
      noteReadAs(ctx, field, "tags ('|' between tags)");
      node.tags = [...new Set([...node.tags, ...readTags(field.value)])];
      return;
    case 'influence':
      return apply(
        ctx,
        node,
        field,
        readScore(field.value),
        'influence (0–10)',
        (v) => (a.influence = v),
      );
    case 'interest':
      return apply(
        ctx,
        node,
        field,
        readScore(field.value),
        'interest (0–10)',
        (v) => (a.interest = v),
      );
    case 'engagementCurrent':
      return apply(
        ctx,
        node,
        field,
        readChoice(field.value, ENGAGEMENT_LEVELS),
        'current engagement',
        (v) => (a.engagementCurrent = v),
      );
    case 'engagementTarget':
      return apply(
        ctx,
        node,
        field,
        readChoice(field.value, ENGAGEMENT_LEVELS),
        'target engagement',
        (v) => (a.engagementTarget = v),
      );
    case 'involvement':
      return apply(
        ctx,
        node,
        field,
        readChoice(field.value, INVOLVEMENT_PREFERENCES),
        "a person's preferred involvement",
        (v) => (person(node).involvement = v),
      );
    case 'doNotContact':
      return apply(
        ctx,
        node,
        field,
        readFlag(field.value),
        'do not contact',
        (v) => (person(node).doNotContact = v),
      );
    case 'organisationType':
      return apply(
        ctx,
        node,
        field,
        readChoice(field.value, ORGANISATION_TYPES, ORGANISATION_SYNONYMS),
        "an organisation's type",
        (v) => (organisation(node).type = v),
      );
    case 'communityScope':
      return apply(
        ctx,
        node,
        field,
        readChoice(field.value, COMMUNITY_SCOPES),
        "a community's scope",
        (v) => (community(node).scope = v),
      );
    case 'eventStart':
      return apply(
        ctx,
        node,
        field,
        readDate(field.value),
        "an event's start",
        (v) => (event(node).start = v),
      );
    case 'eventEnd':
      return apply(
        ctx,
        node,
        field,
        readDate(field.value),
        "an event's end",
        (v) => (event(node).end = v),
      );
    case 'eventStatus':
      return apply(
        ctx,
        node,
        field,
        readChoice(field.value, EVENT_STATUSES),
        "an event's status",
        (v) => (event(node).status = v),
      );
    case 'channelType':
      return apply(
        ctx,
        node,
        field,
        readChoice(field.value, CHANNEL_TYPES),
        "a channel's type",
        (v) => (channel(node).type = v),
      );
    default:
      return;
  }
}
