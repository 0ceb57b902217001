// fast-check generators for maps that every interchange format can hold in full: printable text
// (no control characters, no U+FFFD), tags without '|', extra fields with values, relationship
// labels that are not just their kind, and kinds, ids and references that are always valid.

import fc from 'fast-check';
import type { MapBundle, Relationship, StakeNode } from '@shared/domain/types';
import {
  ATTENDANCE_STATUSES,
  ENGAGEMENT_LEVELS,
  EVENT_STATUSES,
  INVOLVEMENT_PREFERENCES,
  NODE_KINDS,
  ORGANISATION_TYPES,
  RELATIONSHIP_KINDS,
} from '@shared/domain/vocabulary';
import { aMap, aNode, aRelationship } from '../../factories/records';

/** Leaves out control characters and U+FFFD, which an import takes for a file that was not UTF-8. */
function isPrintable(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return code >= 0x20 && code !== 0x7f && code !== 0xfffd && code !== 0xfffe && code !== 0xffff;
}

const printable = fc
  .string({ unit: 'grapheme', maxLength: 16 })
  .map((text) => Array.from(text).filter(isPrintable).join(''));
const visible = printable.filter((text) => text.trim() !== '');
const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,10}[A-Za-z0-9]$/);
const tag = visible.map((text) => text.replace(/\|/g, '/').trim()).filter((text) => text !== '');
const tags = fc.uniqueArray(tag, { maxLength: 3 });
const extra = fc
  .uniqueArray(fc.tuple(word, visible), { maxLength: 3, selector: ([key]) => key.toLowerCase() })
  .map((pairs) => Object.fromEntries(pairs.filter(([key]) => key !== 'attributes')));
const coordinate = fc
  .double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 })
  .map((n) => (Object.is(n, -0) ? 0 : n));
const score = fc.option(
  fc.double({ min: 0, max: 10, noNaN: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
);

const node = (index: number) =>
  fc
    .record({
      kind: fc.constantFrom(...NODE_KINDS),
      label: visible,
      description: printable,
      notes: printable,
      tags,
      x: coordinate,
      y: coordinate,
      influence: score,
      interest: score,
      current: fc.option(fc.constantFrom(...ENGAGEMENT_LEVELS)),
      role: printable,
      email: printable,
      involvement: fc.option(fc.constantFrom(...INVOLVEMENT_PREFERENCES)),
      doNotContact: fc.boolean(),
      organisationType: fc.option(fc.constantFrom(...ORGANISATION_TYPES)),
      status: fc.option(fc.constantFrom(...EVENT_STATUSES)),
      start: fc.option(fc.constantFrom('2010-01-28', '2026-11-27T10:00')),
      extra,
    })
    .map((v): StakeNode =>
      aNode({
        id: `node-${index}`,
        kind: v.kind,
        label: v.label,
        description: v.description,
        notes: v.notes,
        tags: v.tags,
        position: { x: v.x, y: v.y },
        assessment: {
          influence: v.influence,
          interest: v.interest,
          engagementCurrent: v.current,
          engagementTarget: null,
          sector: '',
          ownerId: null,
        },
        person: {
          role: v.role,
          email: v.email,
          phone: '',
          involvement: v.involvement,
          doNotContact: v.doNotContact,
        },
        organisation: { type: v.organisationType, website: '' },
        event: { start: v.start, end: null, location: '', status: v.status },
        extra: v.extra,
      }),
    );

const customKind = word.filter(
  (text) =>
    !(RELATIONSHIP_KINDS as readonly string[]).includes(text.toLowerCase().replace(/ +/g, '-')),
);

const relationship = (index: number, count: number) =>
  fc
    .record({
      source: fc.nat({ max: count - 1 }),
      target: fc.nat({ max: count - 1 }),
      kind: fc.oneof(fc.constantFrom(...RELATIONSHIP_KINDS), customKind),
      label: printable,
      description: printable,
      tags,
      directed: fc.boolean(),
      strength: fc.constantFrom(1 as const, 2 as const, 3 as const),
      attendance: fc.option(fc.constantFrom(...ATTENDANCE_STATUSES)),
      extra,
    })
    .filter(
      ({ label, kind }) =>
        label.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '') !==
        kind.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''),
    )
    .map((v): Relationship =>
      aRelationship({
        id: `rel-${index}`,
        sourceId: `node-${v.source}`,
        targetId: `node-${v.target}`,
        kind: v.kind,
        label: v.label,
        description: v.description,
        tags: v.tags,
        directed: v.directed,
        strength: v.strength,
        attendance: v.attendance,
        extra: v.extra,
      }),
    );

export const portableBundle: fc.Arbitrary<MapBundle> = fc
  .integer({ min: 1, max: 5 })
  .chain((count) =>
    fc.tuple(
      fc.tuple(...Array.from({ length: count }, (_, i) => node(i))),
      fc
        .integer({ min: 0, max: 5 })
        .chain((edges) =>
          edges === 0
            ? fc.constant<Relationship[]>([])
            : fc
                .tuple(...Array.from({ length: edges }, (_, i) => relationship(i, count)))
                .map((list): Relationship[] => [...list]),
        ),
    ),
  )
  .map(([nodes, relationships]) => ({
    map: aMap({ name: 'Property map', description: 'Made by fast-check' }),
    nodes,
    relationships,
    interactions: [],
    actions: [],
    messages: [],
  }));
