// Pure operations on relationships: defaults for a new one, and which ones go with a node.

import type { Relationship, Timestamp } from './types';

export interface NewRelationshipInput {
  id: string;
  mapId: string;
  sourceId: string;
  targetId: string;
  kind: string;
  now: Timestamp;
}

export function createRelationship(input: NewRelationshipInput): Relationship {
  return {
    id: input.id,
    mapId: input.mapId,
    sourceId: input.sourceId,
    targetId: input.targetId,
    kind: input.kind,
    label: '',
    description: '',
    notes: '',
    tags: [],
    directed: true,
    strength: 2,
    attendance: input.kind === 'attends' ? 'invited' : null,
    extra: {},
    createdAt: input.now,
    updatedAt: input.now,
  };
}

/** The relationships that must go when these nodes are deleted: any that touch one of them. */
export function relationshipsTouching(
  relationships: readonly Relationship[],
  nodeIds: ReadonlySet<string>,
): Relationship[] {
  return relationships.filter((rel) => nodeIds.has(rel.sourceId) || nodeIds.has(rel.targetId));
}

/** A readable name for a relationship kind: `member-of` reads as "member of". */
export function relationshipKindLabel(kind: string): string {
  return kind.replace(/-/g, ' ');
}
