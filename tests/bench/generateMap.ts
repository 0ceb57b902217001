// A seeded generator of realistic stakeholder maps for the benchmark: clustered programmes of
// people, organisations, networks, communities, events and channels, with the fields a real map
// carries. The same size and seed always give the same file, written by the app's own serializer.

import { createNode } from '@shared/domain/nodes';
import { createRelationship } from '@shared/domain/relationships';
import type {
  Action,
  Interaction,
  KeyMessage,
  MapBundle,
  Relationship,
  StakeNode,
} from '@shared/domain/types';
import {
  CHANNEL_TYPES,
  COMMUNITY_SCOPES,
  ENGAGEMENT_LEVELS,
  EVENT_STATUSES,
  INTERACTION_TYPES,
  INVOLVEMENT_PREFERENCES,
  ORGANISATION_TYPES,
  type NodeKind,
} from '@shared/domain/vocabulary';
import { serializeStakemapFile } from '@shared/format';

export const BENCH_SEED = 20_100_119;

/** The sizes the issue names; any other node count gets four edges a node. */
export const STANDARD_SIZES: ReadonlyArray<{ nodes: number; edges: number }> = [
  { nodes: 300, edges: 900 },
  { nodes: 1000, edges: 4000 },
  { nodes: 5000, edges: 20000 },
  { nodes: 10000, edges: 40000 },
];

export function edgesFor(nodes: number): number {
  return STANDARD_SIZES.find((size) => size.nodes === nodes)?.edges ?? nodes * 4;
}

/** mulberry32: small, fast and the same everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Priya',
  'Tom',
  'Aisha',
  'Gareth',
  'Mei',
  'Oluwaseun',
  'Siobhan',
  'Rhys',
  'Fatima',
  'Ewan',
  'Hannah',
  'Kwame',
  'Laura',
  'Dev',
  'Catrin',
  'Marek',
  'Nadia',
  'Callum',
  'Ines',
  'Yusuf',
];
const LAST = [
  'Shah',
  'Hughes',
  'Okafor',
  'Price',
  'Chen',
  'Adeyemi',
  'Murphy',
  'Evans',
  'Rahman',
  'Grant',
  'Kowalski',
  'Mensah',
  'Jones',
  'Patel',
  'Davies',
  'Novak',
  'Haddad',
  'Reid',
  'Silva',
  'Begum',
];
const PLACES = [
  'Northfield',
  'Ashby',
  'Kelverton',
  'Dunmore',
  'Riverside',
  'Eastwick',
  'Harrowgate',
  'Millbrook',
  'Stanton',
  'Westmere',
  'Caerleon',
  'Bramley',
  'Fenwick',
  'Oakhurst',
  'Thornbury',
  'Penrith',
];
const ORG_SUFFIX = [
  'Borough Council',
  'Health Trust',
  'Housing Association',
  'University',
  'Chamber of Commerce',
  'Data Lab',
  'Police',
  'Fire and Rescue',
  'Voluntary Action',
  'Gazette',
];
const ROLES = [
  'Head of digital',
  'Data officer',
  'Communications lead',
  'Chief executive',
  'Researcher',
  'Councillor',
  'Policy adviser',
  'Developer',
  'Community organiser',
  'Journalist',
];
const TAGS = [
  'open-data',
  'panel',
  'transparency',
  'local-gov',
  'developers',
  'funders',
  'press',
  'health',
  'housing',
  'priority',
  'workshop-2026',
  'newsletter',
];
const SECTORS = ['Local government', 'Central government', 'Health', 'Academia', 'Media', 'Tech'];

type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** Roughly normal, mean 0, sd 1 (Box–Muller). */
function gaussian(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

const KIND_WEIGHTS: ReadonlyArray<[NodeKind, number]> = [
  ['person', 0.55],
  ['organisation', 0.2],
  ['network', 0.05],
  ['community', 0.06],
  ['event', 0.08],
  ['channel', 0.06],
];

function pickKind(random: Random): NodeKind {
  let roll = random();
  for (const [kind, weight] of KIND_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return kind;
  }
  return 'person';
}

function labelFor(random: Random, kind: NodeKind, index: number, place: string): string {
  switch (kind) {
    case 'person':
      return `${pick(random, FIRST)} ${pick(random, LAST)}`;
    case 'organisation':
      return `${place} ${pick(random, ORG_SUFFIX)}`;
    case 'network':
      return `${place} Open Data Network`;
    case 'community':
      return `${place} civic hackers`;
    case 'event':
      return `${place} data workshop #${index}`;
    case 'channel':
      return `${place} ${pick(random, ['forum', 'newsletter', 'blog', 'wiki'])}`;
  }
}

const DAY = '2026-01-15';
const NOW = '2026-01-15T09:00:00.000Z';

function detailNode(random: Random, node: StakeNode, ownerId: string | null): StakeNode {
  const scored = random() < 0.8;
  const tags = TAGS.filter(() => random() < 0.15);
  const withDetails: StakeNode = {
    ...node,
    description: `${node.label}: ${pick(random, ROLES).toLowerCase()} in the ${pick(random, SECTORS).toLowerCase()} programme.`,
    notes: random() < 0.3 ? 'Met at the January panel; follow up on the data release plan.' : '',
    tags,
    assessment: {
      influence: scored ? Math.floor(random() * 11) : null,
      interest: scored ? Math.floor(random() * 11) : null,
      engagementCurrent: scored ? pick(random, ENGAGEMENT_LEVELS) : null,
      engagementTarget: scored ? pick(random, ENGAGEMENT_LEVELS) : null,
      sector: pick(random, SECTORS),
      ownerId,
    },
  };
  switch (node.kind) {
    case 'person': {
      const handle = node.label.toLowerCase().replace(/[^a-z]+/g, '.');
      return {
        ...withDetails,
        person: {
          role: pick(random, ROLES),
          email: `${handle}@example.org`,
          phone: `01632 ${String(100000 + Math.floor(random() * 899999))}`,
          involvement: pick(random, INVOLVEMENT_PREFERENCES),
          doNotContact: random() < 0.03,
        },
      };
    }
    case 'organisation':
      return {
        ...withDetails,
        organisation: {
          type: pick(random, ORGANISATION_TYPES),
          website: `https://${node.label.toLowerCase().replace(/[^a-z]+/g, '-')}.example.org/`,
        },
      };
    case 'community':
      return {
        ...withDetails,
        community: {
          scope: pick(random, COMMUNITY_SCOPES),
          platformLink: 'https://forum.example.org/',
        },
      };
    case 'event':
      return {
        ...withDetails,
        event: {
          start: `2026-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 10)}`,
          end: null,
          location: 'Town hall',
          status: pick(random, EVENT_STATUSES),
        },
      };
    case 'channel':
      return {
        ...withDetails,
        channel: { type: pick(random, CHANNEL_TYPES), link: 'https://lists.example.org/' },
      };
    case 'network':
      return withDetails;
  }
}

/** The relationship kind a real map would use between two kinds of node. */
function relationshipKind(random: Random, from: NodeKind, to: NodeKind): string {
  if (to === 'event')
    return from === 'person' ? pick(random, ['attends', 'speaks-at']) : 'organises';
  if (to === 'channel') return 'uses-channel';
  if (from === 'person' && to === 'organisation') return pick(random, ['works-for', 'member-of']);
  if (to === 'network' || to === 'community') return 'member-of';
  if (from === 'person' && to === 'person') {
    return pick(random, ['influences', 'collaborates', 'reports-to']);
  }
  return pick(random, ['collaborates', 'funds', 'influences']);
}

const CLUSTER_SIZE = 60;
const CLUSTER_SPACING = 900;
const CROSS_CLUSTER_SHARE = 0.15;

/** A map of `nodeCount` nodes and `edgeCount` relationships, the same for the same arguments. */
export function generateBundle(
  nodeCount: number,
  edgeCount: number,
  seed: number = BENCH_SEED,
): MapBundle {
  const random = seededRandom(seed + nodeCount);
  const mapId = 'bench';
  const clusterCount = Math.max(1, Math.round(nodeCount / CLUSTER_SIZE));
  const columns = Math.ceil(Math.sqrt(clusterCount));
  const clusterOf: number[] = [];
  const members: string[][] = Array.from({ length: clusterCount }, () => []);
  const people: string[][] = Array.from({ length: clusterCount }, () => []);
  const bare: StakeNode[] = [];

  for (let index = 0; index < nodeCount; index += 1) {
    const cluster = index % clusterCount;
    const kind = pickKind(random);
    const place = PLACES[cluster % PLACES.length] ?? 'Northfield';
    const centre = {
      x: (cluster % columns) * CLUSTER_SPACING,
      y: Math.floor(cluster / columns) * CLUSTER_SPACING,
    };
    const node = createNode({
      id: `n${index}`,
      mapId,
      kind,
      label: labelFor(random, kind, index, place),
      position: {
        x: Math.round(centre.x + gaussian(random) * 160),
        y: Math.round(centre.y + gaussian(random) * 160),
      },
      now: NOW,
    });
    bare.push(node);
    clusterOf.push(cluster);
    members[cluster]?.push(node.id);
    if (kind === 'person') people[cluster]?.push(node.id);
  }

  const nodes = bare.map((node, index) => {
    const local = people[clusterOf[index] ?? 0] ?? [];
    const owner = local.length > 0 && random() < 0.4 ? pick(random, local) : null;
    return detailNode(random, node, owner === node.id ? null : owner);
  });
  const kindOf = new Map(nodes.map((node) => [node.id, node.kind]));

  const relationships: Relationship[] = [];
  const pairs = new Set<string>();
  let attempts = 0;
  while (relationships.length < edgeCount && attempts < edgeCount * 20) {
    attempts += 1;
    const sourceIndex = Math.floor(random() * nodeCount);
    const sourceCluster = clusterOf[sourceIndex] ?? 0;
    const targetCluster =
      random() < CROSS_CLUSTER_SHARE ? Math.floor(random() * clusterCount) : sourceCluster;
    const sourceId = `n${sourceIndex}`;
    const targetId = pick(random, members[targetCluster] ?? [sourceId]);
    const key = sourceId < targetId ? `${sourceId}|${targetId}` : `${targetId}|${sourceId}`;
    if (sourceId === targetId || pairs.has(key)) continue;
    pairs.add(key);
    const kind = relationshipKind(
      random,
      kindOf.get(sourceId) ?? 'person',
      kindOf.get(targetId) ?? 'person',
    );
    const relationship = createRelationship({
      id: `r${relationships.length}`,
      mapId,
      sourceId,
      targetId,
      kind,
      now: NOW,
    });
    relationships.push({
      ...relationship,
      strength: pick(random, [1, 2, 2, 3] as const),
      directed: kind !== 'collaborates',
      label: random() < 0.1 ? 'since 2024' : '',
    });
  }

  const allPeople = people.flat();
  const someNodes = (count: number) =>
    Array.from({ length: count }, () => `n${Math.floor(random() * nodeCount)}`).filter(
      (id, index, ids) => ids.indexOf(id) === index,
    );
  const interactions: Interaction[] = Array.from(
    { length: Math.ceil(nodeCount / 10) },
    (_, index) => ({
      id: `i${index}`,
      mapId,
      date: DAY,
      type: pick(random, INTERACTION_TYPES),
      nodeIds: someNodes(3),
      summary: 'Talked through the release timetable and who should hear about it first.',
      followUp: random() < 0.3 ? '2026-02-01' : null,
      createdAt: NOW,
      updatedAt: NOW,
    }),
  );
  const actions: Action[] = Array.from({ length: Math.ceil(nodeCount / 25) }, (_, index) => ({
    id: `a${index}`,
    mapId,
    title: `Send the briefing pack (${index})`,
    due: '2026-03-01',
    ownerId: allPeople.length > 0 ? pick(random, allPeople) : null,
    nodeIds: someNodes(2),
    done: random() < 0.4,
    notes: '',
    createdAt: NOW,
    updatedAt: NOW,
  }));
  const messages: KeyMessage[] = Array.from({ length: 5 }, (_, index) => ({
    id: `m${index}`,
    mapId,
    title: `Key message ${index + 1}`,
    text: 'Local data, published openly, helps residents hold services to account.',
    status: index % 2 === 0 ? 'agreed' : 'draft',
    audience: { nodeIds: someNodes(4), tags: ['open-data'], kinds: ['organisation'] },
    deliveries: [],
    createdAt: NOW,
    updatedAt: NOW,
  }));

  return {
    map: {
      id: mapId,
      name: `Bench ${nodeCount} nodes`,
      description: `Generated for the benchmark: ${nodeCount} nodes, ${edgeCount} relationships, seed ${seed}.`,
      createdAt: NOW,
      updatedAt: NOW,
    },
    nodes,
    relationships,
    interactions,
    actions,
    messages,
  };
}

/** The .stakemap.json text of a generated map, as the app's own export would write it. */
export function generateStakemapText(nodeCount: number, edgeCount: number, seed?: number): string {
  return serializeStakemapFile(generateBundle(nodeCount, edgeCount, seed), {
    exportedAt: NOW,
    appVersion: 'bench',
  });
}
