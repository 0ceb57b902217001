// What kind of node another tool's type names. Kumu, spreadsheets and graph tools use their own
// words ("Organization", "Company", "Forum"); common synonyms map to a Stakemap kind, and any
// other type is kept as a tag so the user can see it and sort it out.

import { isKnownRelationshipKind, NODE_KINDS, type NodeKind } from '../../domain/vocabulary';
import { vocabularyForm } from './values';

const SYNONYMS: Readonly<Record<NodeKind, readonly string[]>> = {
  person: ['people', 'individual', 'stakeholder', 'contact', 'member', 'expert', 'champion'],
  organisation: [
    'organization',
    'org',
    'company',
    'council',
    'business',
    'agency',
    'department',
    'government',
    'authority',
    'charity',
    'ngo',
    'university',
    'institution',
    'funder',
    'partner',
  ],
  network: ['forum', 'group', 'panel', 'board', 'committee', 'coalition', 'association', 'team'],
  community: ['communities', 'community-of-practice', 'developer-community'],
  event: ['meeting', 'workshop', 'conference', 'seminar', 'webinar'],
  channel: ['website', 'blog', 'wiki', 'newsletter', 'mailing-list', 'social-media'],
};

const KIND_BY_WORD: ReadonlyMap<string, NodeKind> = new Map(
  NODE_KINDS.flatMap((kind) => [
    [kind, kind] as const,
    [`${kind}s`, kind] as const,
    ...SYNONYMS[kind].flatMap((word) => [[word, kind] as const, [`${word}s`, kind] as const]),
  ]),
);

/** Kinds Stakemap gives nodes whose type it does not know, or that have no type at all. */
export const DEFAULT_NODE_KIND: NodeKind = 'organisation';
export const UNTYPED_NODE_KIND: NodeKind = 'person';

/** The kind a type names, or undefined when it names none Stakemap knows. */
export function kindFromType(type: string): NodeKind | undefined {
  return KIND_BY_WORD.get(vocabularyForm(type));
}

/** The tag that keeps a type Stakemap does not know: `type:Project`. */
export function typeTag(type: string): string {
  return `type:${type.trim()}`;
}

/** The kind given to relationships a file gives no type. */
export const UNTYPED_RELATIONSHIP_KIND = 'connected';

/**
 * A relationship kind from another tool: "member of" and "Member_Of" are `member-of`; any other
 * text is kept as the custom kind it is.
 */
export function relationshipKindFrom(type: string): string {
  const form = vocabularyForm(type);
  return isKnownRelationshipKind(form) ? form : type.trim();
}
