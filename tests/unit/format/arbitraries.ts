// fast-check generators for valid map bundles: any text (lone surrogates included), any finite
// position, every optional block present or not, and references that always point at a node of
// the right kind, so that "export then import is the identity" can be checked on all of them.

import fc from 'fast-check';
import type {
  Action,
  Assessment,
  Interaction,
  KeyMessage,
  MapBundle,
  Relationship,
  StakeNode,
} from '@shared/domain/types';
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
  RELATIONSHIP_KINDS,
} from '@shared/domain/vocabulary';

const MAP_ID = 'map-under-test';

/** JSON writes -0 as 0; the difference means nothing on a canvas, so generators avoid it. */
const noNegativeZero = (value: number): number => (Object.is(value, -0) ? 0 : value);

const anyText = fc.string({ unit: 'binary', maxLength: 20 });
const someText = fc.string({ unit: 'binary', minLength: 1, maxLength: 12 });
const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).map(noNegativeZero);
const score = fc.option(fc.double({ min: 0, max: 10, noNaN: true }).map(noNegativeZero));
const timestamp = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((date) => date.toISOString());
const date = fc.oneof(
  timestamp.map((stamp) => stamp.slice(0, 10)),
  timestamp,
);
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);
const extra = fc.array(fc.tuple(anyText, anyText), { maxLength: 3 }).map((pairs) => {
  const fields: Record<string, string> = {};
  for (const [key, value] of pairs) {
    if (!RESERVED.has(key)) fields[key] = value;
  }
  return fields;
});
const tags = fc.array(anyText, { maxLength: 3 });
/** A pick among whatever candidates exist once the nodes are known. */
const pick = fc.option(fc.nat());

function choose(candidates: readonly string[], index: number | null): string | null {
  return index === null || candidates.length === 0
    ? null
    : (candidates[index % candidates.length] ?? null);
}

const nodeSeed = fc.record(
  {
    kind: fc.constantFrom(...NODE_KINDS),
    label: anyText,
    description: anyText,
    notes: anyText,
    tags,
    position: fc.record({ x: finite, y: finite }),
    influence: score,
    interest: score,
    engagementCurrent: fc.option(fc.constantFrom(...ENGAGEMENT_LEVELS)),
    engagementTarget: fc.option(fc.constantFrom(...ENGAGEMENT_LEVELS)),
    sector: anyText,
    owner: pick,
    person: fc.record({
      role: anyText,
      email: anyText,
      phone: anyText,
      involvement: fc.option(fc.constantFrom(...INVOLVEMENT_PREFERENCES)),
      doNotContact: fc.boolean(),
    }),
    organisation: fc.record({
      type: fc.option(fc.constantFrom(...ORGANISATION_TYPES)),
      website: anyText,
    }),
    community: fc.record({
      scope: fc.option(fc.constantFrom(...COMMUNITY_SCOPES)),
      platformLink: anyText,
    }),
    event: fc.record({
      start: fc.option(date),
      end: fc.option(date),
      location: anyText,
      status: fc.option(fc.constantFrom(...EVENT_STATUSES)),
    }),
    channel: fc.record({ type: fc.option(fc.constantFrom(...CHANNEL_TYPES)), link: anyText }),
    extra,
    createdAt: timestamp,
    updatedAt: timestamp,
  },
  { requiredKeys: ['kind', 'label', 'position', 'createdAt', 'updatedAt', 'owner'] },
);

const relationshipSeed = fc.record({
  id: someText,
  source: fc.nat(),
  target: fc.nat(),
  kind: fc.oneof(fc.constantFrom(...RELATIONSHIP_KINDS), someText),
  label: anyText,
  description: anyText,
  notes: anyText,
  tags,
  directed: fc.boolean(),
  strength: fc.constantFrom(1 as const, 2 as const, 3 as const),
  attendance: fc.option(fc.constantFrom(...ATTENDANCE_STATUSES)),
  extra,
  createdAt: timestamp,
  updatedAt: timestamp,
});

const interactionSeed = fc.record({
  id: someText,
  date,
  type: fc.constantFrom(...INTERACTION_TYPES),
  nodes: fc.array(fc.nat(), { maxLength: 3 }),
  summary: anyText,
  followUp: fc.option(date),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const actionSeed = fc.record({
  id: someText,
  title: anyText,
  due: fc.option(date),
  owner: pick,
  nodes: fc.array(fc.nat(), { maxLength: 3 }),
  done: fc.boolean(),
  notes: anyText,
  createdAt: timestamp,
  updatedAt: timestamp,
});

const messageSeed = fc.record({
  id: someText,
  title: anyText,
  text: anyText,
  status: fc.constantFrom(...MESSAGE_STATUSES),
  audienceNodes: fc.array(fc.nat(), { maxLength: 3 }),
  audienceTags: tags,
  audienceKinds: fc.array(fc.constantFrom(...NODE_KINDS), { maxLength: 3 }),
  deliveries: fc.array(fc.record({ via: fc.nat(), date: fc.option(date) }), { maxLength: 3 }),
  createdAt: timestamp,
  updatedAt: timestamp,
});

type NodeSeed = typeof nodeSeed extends fc.Arbitrary<infer T> ? T : never;

function buildNode(seed: NodeSeed, id: string, people: readonly string[]): StakeNode {
  const assessment: Assessment = {
    influence: seed.influence ?? null,
    interest: seed.interest ?? null,
    engagementCurrent: seed.engagementCurrent ?? null,
    engagementTarget: seed.engagementTarget ?? null,
    sector: seed.sector ?? '',
    ownerId: choose(people, seed.owner),
  };
  const node: StakeNode = {
    id,
    mapId: MAP_ID,
    kind: seed.kind,
    label: seed.label,
    description: seed.description ?? '',
    notes: seed.notes ?? '',
    tags: seed.tags ?? [],
    position: seed.position,
    assessment,
    extra: seed.extra ?? {},
    createdAt: seed.createdAt,
    updatedAt: seed.updatedAt,
  };
  if (seed.person) node.person = seed.person;
  if (seed.organisation) node.organisation = seed.organisation;
  if (seed.community) node.community = seed.community;
  if (seed.event) node.event = seed.event;
  if (seed.channel) node.channel = seed.channel;
  return node;
}

/** Distinct ids per collection; prefixes keep node and relationship ids apart, as the graph needs. */
function distinct<T extends { id: string }>(prefix: string, items: readonly T[]): T[] {
  return items.map((item, index) => ({ ...item, id: `${prefix}${index}:${item.id}` }));
}

export const validBundle: fc.Arbitrary<MapBundle> = fc
  .record({
    map: fc.record({
      name: anyText,
      description: anyText,
      createdAt: timestamp,
      updatedAt: timestamp,
    }),
    nodeIds: fc.uniqueArray(someText, { maxLength: 8 }),
    nodeSeeds: fc.array(nodeSeed, { minLength: 8, maxLength: 8 }),
    relationships: fc.array(relationshipSeed, { maxLength: 8 }),
    interactions: fc.array(interactionSeed, { maxLength: 3 }),
    actions: fc.array(actionSeed, { maxLength: 3 }),
    messages: fc.array(messageSeed, { maxLength: 3 }),
  })
  .map((seeds): MapBundle => {
    const nodeIds = seeds.nodeIds.map((id) => `n:${id}`);
    const kinds = nodeIds.map((_, index) => seeds.nodeSeeds[index]?.kind ?? 'person');
    const people = nodeIds.filter((_, index) => kinds[index] === 'person');
    const places = nodeIds.filter((_, index) => ['event', 'channel'].includes(kinds[index] ?? ''));
    const nodeAt = (index: number): string | null => choose(nodeIds, index);
    const nodeList = (indexes: readonly number[]): string[] =>
      indexes.flatMap((index) => nodeAt(index) ?? []);

    const nodes = nodeIds.map((id, index) => buildNode(seeds.nodeSeeds[index]!, id, people));
    const relationships: Relationship[] =
      nodeIds.length === 0
        ? []
        : distinct('r', seeds.relationships).map(({ source, target, ...rest }) => ({
            ...rest,
            mapId: MAP_ID,
            sourceId: nodeAt(source)!,
            targetId: nodeAt(target)!,
            attendance: rest.attendance ?? null,
          }));
    const interactions: Interaction[] = distinct('i', seeds.interactions).map(
      ({ nodes: picks, ...rest }) => ({
        ...rest,
        mapId: MAP_ID,
        nodeIds: nodeList(picks),
        followUp: rest.followUp ?? null,
      }),
    );
    const actions: Action[] = distinct('a', seeds.actions).map(
      ({ nodes: picks, owner, ...rest }) => ({
        ...rest,
        mapId: MAP_ID,
        ownerId: choose(people, owner),
        nodeIds: nodeList(picks),
        due: rest.due ?? null,
      }),
    );
    const messages: KeyMessage[] = distinct('m', seeds.messages).map((seed) => ({
      id: seed.id,
      mapId: MAP_ID,
      title: seed.title,
      text: seed.text,
      status: seed.status,
      audience: {
        nodeIds: nodeList(seed.audienceNodes),
        tags: seed.audienceTags,
        kinds: seed.audienceKinds,
      },
      deliveries:
        places.length === 0
          ? []
          : seed.deliveries.map((delivery, index) => ({
              id: `d${index}`,
              viaId: choose(places, delivery.via)!,
              date: delivery.date ?? null,
            })),
      createdAt: seed.createdAt,
      updatedAt: seed.updatedAt,
    }));
    return {
      map: { id: MAP_ID, ...seeds.map },
      nodes,
      relationships,
      interactions,
      actions,
      messages,
    };
  });
