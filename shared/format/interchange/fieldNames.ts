// Stakemap's fields under the names other tools give them. Exports write `key` (machine formats)
// or `header` (spreadsheets, Kumu); imports accept any alias, compared without case, spaces or
// punctuation, so "Current engagement", "engagement_current" and "engagementCurrent" all match.
// The keys are written into users' files: do not rename one without keeping the old as an alias.

export interface FieldName {
  key: string;
  header: string;
  aliases: readonly string[];
}

function field(key: string, header: string, ...aliases: string[]): FieldName {
  return { key, header, aliases: [key, header, ...aliases] };
}

export const NODE_FIELD_NAMES = {
  id: field('id', 'ID', '_id'),
  label: field('label', 'Label', 'name', 'title'),
  kind: field('kind', 'Type', 'element type', 'node type', 'category'),
  description: field('description', 'Description'),
  notes: field('notes', 'Notes', 'note'),
  tags: field('tags', 'Tags', 'tag', 'keywords'),
  x: field('x', 'X'),
  y: field('y', 'Y'),
  influence: field('influence', 'Influence', 'power'),
  interest: field('interest', 'Interest'),
  engagementCurrent: field(
    'engagementCurrent',
    'Current engagement',
    'engagement',
    'engagement now',
  ),
  engagementTarget: field('engagementTarget', 'Target engagement', 'desired engagement'),
  sector: field('sector', 'Sector'),
  owner: field('owner', 'Owner', 'owner id', 'ownerId', 'relationship owner'),
  role: field('role', 'Role', 'job title'),
  email: field('email', 'Email', 'email address'),
  phone: field('phone', 'Phone', 'telephone', 'phone number'),
  involvement: field('involvement', 'Preferred involvement'),
  doNotContact: field('doNotContact', 'Do not contact', 'dnc'),
  organisationType: field('organisationType', 'Organisation type', 'organization type'),
  website: field('website', 'Website', 'web site'),
  communityScope: field('communityScope', 'Community scope', 'scope'),
  platformLink: field('platformLink', 'Platform link', 'platform'),
  eventStart: field('eventStart', 'Start', 'start date', 'event date'),
  eventEnd: field('eventEnd', 'End', 'end date'),
  location: field('location', 'Location', 'venue'),
  eventStatus: field('eventStatus', 'Event status', 'status'),
  channelType: field('channelType', 'Channel type'),
  link: field('link', 'Link', 'channel link'),
} as const;
export type NodeFieldId = keyof typeof NODE_FIELD_NAMES;

export const EDGE_FIELD_NAMES = {
  id: field('id', 'ID', '_id'),
  source: field('source', 'From', 'source id', 'sourceId'),
  target: field('target', 'To', 'target id', 'targetId'),
  kind: field('kind', 'Type', 'connection type', 'relationship', 'relation'),
  direction: field('direction', 'Direction'),
  directed: field('directed', 'Directed'),
  strength: field('strength', 'Strength', 'weight'),
  label: field('label', 'Label'),
  description: field('description', 'Description'),
  notes: field('notes', 'Notes', 'note'),
  tags: field('tags', 'Tags', 'tag'),
  attendance: field('attendance', 'Attendance', 'attendance status'),
} as const;
export type EdgeFieldId = keyof typeof EDGE_FIELD_NAMES;

/** A column that carries the export's redaction sentence (see redaction.ts). */
export const EXPORT_NOTE_HEADER = 'Export note';

/** Extra fields whose names would read back as a Stakemap field are written with this prefix. */
export const EXTRA_PREFIX = 'extra:';

/** "Current engagement" → "currentengagement": the form aliases are compared in. */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function lookup<Id extends string>(
  names: Readonly<Record<Id, FieldName>>,
): ReadonlyMap<string, Id> {
  const map = new Map<string, Id>();
  for (const id of Object.keys(names) as Id[]) {
    for (const alias of names[id].aliases) map.set(normaliseName(alias), id);
  }
  return map;
}

const NODE_LOOKUP = lookup(NODE_FIELD_NAMES);
const EDGE_LOOKUP = lookup(EDGE_FIELD_NAMES);

export function nodeFieldOf(name: string): NodeFieldId | undefined {
  return NODE_LOOKUP.get(normaliseName(name));
}

export function edgeFieldOf(name: string): EdgeFieldId | undefined {
  return EDGE_LOOKUP.get(normaliseName(name));
}

/** Names that reach an object's prototype if assigned carelessly; never used as field names. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/** The name an extra field is written under, so that it reads back as an extra field. */
export function extraFieldName(name: string, isKnown: (name: string) => boolean): string {
  const reserved =
    isKnown(name) ||
    name.toLowerCase().startsWith(EXTRA_PREFIX) ||
    normaliseName(name) === normaliseName(EXPORT_NOTE_HEADER);
  return reserved ? `${EXTRA_PREFIX}${name}` : name;
}

/** The extra field a written name stands for, when it was written with the prefix. */
export function extraNameFrom(name: string): string | undefined {
  return name.toLowerCase().startsWith(EXTRA_PREFIX) ? name.slice(EXTRA_PREFIX.length) : undefined;
}
