// Pure operations on nodes: building a new one with sensible defaults and applying edits.

import type { Assessment, Position, StakeNode, Timestamp } from './types';
import type { NodeKind } from './vocabulary';

export function emptyAssessment(): Assessment {
  return {
    influence: null,
    interest: null,
    engagementCurrent: null,
    engagementTarget: null,
    sector: '',
    ownerId: null,
  };
}

export interface NewNodeInput {
  id: string;
  mapId: string;
  kind: NodeKind;
  label: string;
  position: Position;
  now: Timestamp;
}

export function createNode({ id, mapId, kind, label, position, now }: NewNodeInput): StakeNode {
  return {
    id,
    mapId,
    kind,
    label,
    description: '',
    notes: '',
    tags: [],
    position,
    assessment: emptyAssessment(),
    extra: {},
    createdAt: now,
    updatedAt: now,
  };
}

/** Splits what a user typed into a tag list: comma separated, trimmed, no blanks or repeats. */
export function parseTags(text: string): string[] {
  const tags = text
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag.length > 0);
  return [...new Set(tags)];
}

export function formatTags(tags: readonly string[]): string {
  return tags.join(', ');
}
