// Small factories for test data: a valid record with overrides, so each test states only what
// matters to it.

import { createNode } from '@shared/domain/nodes';
import { createRelationship } from '@shared/domain/relationships';
import type { MapBundle, Relationship, StakeMap, StakeNode } from '@shared/domain/types';

const NOW = '2026-01-01T00:00:00.000Z';

export function aMap(overrides: Partial<StakeMap> = {}): StakeMap {
  return {
    id: 'map-1',
    name: 'Test map',
    description: '',
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

export function aNode(overrides: Partial<StakeNode> = {}): StakeNode {
  const base = createNode({
    id: overrides.id ?? 'n1',
    mapId: overrides.mapId ?? 'map-1',
    kind: overrides.kind ?? 'person',
    label: overrides.label ?? 'Jane Smith',
    position: overrides.position ?? { x: 0, y: 0 },
    now: NOW,
  });
  return { ...base, ...overrides };
}

export function aRelationship(overrides: Partial<Relationship> = {}): Relationship {
  const base = createRelationship({
    id: overrides.id ?? 'r1',
    mapId: overrides.mapId ?? 'map-1',
    sourceId: overrides.sourceId ?? 'n1',
    targetId: overrides.targetId ?? 'n2',
    kind: overrides.kind ?? 'member-of',
    now: NOW,
  });
  return { ...base, ...overrides };
}

export function aBundle(overrides: Partial<MapBundle> = {}): MapBundle {
  return {
    map: aMap(),
    nodes: [
      aNode({ id: 'n1', label: 'Jane Smith' }),
      aNode({ id: 'n2', kind: 'network', label: 'Panel' }),
    ],
    relationships: [aRelationship()],
    interactions: [],
    actions: [],
    messages: [],
    ...overrides,
  };
}
