// A map that sets every field an interchange format might hold, built from the shared record
// factories, and the helpers that compare what came back from an export with what went in.

import type { MapBundle, Relationship, StakeNode } from '@shared/domain/types';
import type { ImportResult } from '@shared/format/interchange';
import { aBundle, aMap, aNode, aRelationship } from '../../factories/records';

const NOW = '2026-01-01T00:00:00.000Z';

export function richBundle(): MapBundle {
  const person = aNode({
    id: 'p1',
    label: 'Jane Smith',
    description: 'Chairs the panel; "quotes", commas, and ünïcode.',
    notes: 'Prefers mornings.\nSecond line.',
    tags: ['panel', 'chair'],
    position: { x: -120.5, y: 80.25 },
    assessment: {
      influence: 8,
      interest: 9.5,
      engagementCurrent: 'supportive',
      engagementTarget: 'leading',
      sector: 'Central government',
      ownerId: 'p1',
    },
    person: {
      role: 'Chair',
      email: 'jane@example.org',
      phone: '+44 20 7946 0000',
      involvement: 'meeting',
      doNotContact: true,
    },
    extra: { 'Kumu id': 'abc-123', Influence: 'very high' },
  });
  const organisation = aNode({
    id: 'o1',
    kind: 'organisation',
    label: '=HYPERLINK("x") Council',
    position: { x: 300, y: 0 },
    assessment: {
      influence: 0,
      interest: 10,
      engagementCurrent: 'resistant',
      engagementTarget: 'neutral',
      sector: 'Local government',
      ownerId: 'p1',
    },
    organisation: { type: 'local-authority', website: 'https://council.example.org' },
  });
  const network = aNode({ id: 'w1', kind: 'network', label: 'Local Public Data Panel' });
  const community = aNode({
    id: 'c1',
    kind: 'community',
    label: 'Developers outside government',
    tags: ['developers'],
    position: { x: 0, y: 400 },
    community: { scope: 'outside', platformLink: 'https://forum.example.org' },
  });
  const event = aNode({
    id: 'e1',
    kind: 'event',
    label: 'Panel workshop',
    position: { x: 100, y: -50 },
    event: { start: '2010-01-28', end: '2010-01-28T17:00', location: 'London', status: 'held' },
  });
  const channel = aNode({
    id: 'ch1',
    kind: 'channel',
    label: 'Data wiki',
    position: { x: 250, y: 250 },
    channel: { type: 'wiki', link: 'https://wiki.example.org' },
  });
  const relationships: Relationship[] = [
    aRelationship({
      id: 'r1',
      sourceId: 'p1',
      targetId: 'w1',
      kind: 'member-of',
      label: 'chairs',
      description: 'Since 2009',
      notes: 'Private note',
      tags: ['core'],
      strength: 3,
      extra: { since: '2009' },
    }),
    aRelationship({
      id: 'r2',
      sourceId: 'p1',
      targetId: 'e1',
      kind: 'attends',
      directed: false,
      strength: 1,
      attendance: 'confirmed',
    }),
    aRelationship({ id: 'r3', sourceId: 'o1', targetId: 'ch1', kind: 'advises on', strength: 2 }),
  ];
  return aBundle({
    map: aMap({ id: 'map-rich', name: 'Rich map', description: 'Every field once.' }),
    nodes: [person, organisation, network, community, event, channel],
    relationships,
    interactions: [
      {
        id: 'i1',
        mapId: 'map-1',
        date: '2010-01-19',
        type: 'meeting',
        nodeIds: ['p1'],
        summary: 'Met',
        followUp: null,
        createdAt: NOW,
        updatedAt: NOW,
      },
    ],
  });
}

export interface Keeps {
  positions: boolean;
  ids: boolean;
}

type Comparable = Record<string, unknown>;

function isEmptyBlock(block: object | undefined): boolean {
  return (
    block === undefined ||
    Object.values(block).every((value) => value === '' || value === null || value === false)
  );
}

function comparableNode(node: StakeNode, keeps: Keeps): Comparable {
  const { mapId: _m, createdAt: _c, updatedAt: _u, ...rest } = node;
  const result: Comparable = { ...rest };
  for (const key of ['person', 'organisation', 'community', 'event', 'channel'] as const) {
    if (isEmptyBlock(node[key])) delete result[key];
  }
  if (!keeps.positions) delete result['position'];
  if (!keeps.ids) delete result['id'];
  return result;
}

function comparableRelationship(rel: Relationship, keeps: Keeps): Comparable {
  const { mapId: _m, createdAt: _c, updatedAt: _u, ...rest } = rel;
  const result: Comparable = { ...rest };
  if (!keeps.ids) delete result['id'];
  return result;
}

/** Nodes and relationships without what no interchange format carries (map ids, timestamps). */
export function comparable(bundle: MapBundle, keeps: Keeps): Comparable {
  return {
    nodes: bundle.nodes.map((node) => comparableNode(node, keeps)),
    relationships: bundle.relationships.map((rel) => comparableRelationship(rel, keeps)),
  };
}

export function previewOf(result: ImportResult) {
  if (!result.ok)
    throw new Error(`expected an import, got problems: ${JSON.stringify(result.error)}`);
  return result.value;
}

export function problemsOf(result: ImportResult) {
  if (result.ok) throw new Error('expected problems, but the file was imported');
  return result.error;
}
