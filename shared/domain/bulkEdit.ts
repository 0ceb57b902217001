// Editing several nodes at once: what the selected nodes have in common (or "mixed"), and the
// per-node changes one bulk edit makes. Pure, so the inspector's panel and the command that writes
// the changes agree, and both can be tested without a database.

import type { Assessment, StakeNode } from './types';
import type { EngagementLevel, NodeKind } from './vocabulary';

/** A value every node shares, or "mixed" when they differ. */
export type Shared<T> = { mixed: false; value: T } | { mixed: true };

export function sharedValue<T>(values: readonly T[]): Shared<T> {
  const [first] = values;
  if (values.length === 0 || values.some((value) => value !== first)) return { mixed: true };
  return { mixed: false, value: first as T };
}

export interface BulkSummary {
  kind: Shared<NodeKind>;
  ownerId: Shared<string | null>;
  sector: Shared<string>;
  engagementCurrent: Shared<EngagementLevel | null>;
  engagementTarget: Shared<EngagementLevel | null>;
  /** Tags every node has, in the order the first node lists them. */
  tagsOnAll: string[];
  /** Tags some but not all nodes have, with how many have each. */
  tagsOnSome: Array<{ tag: string; count: number }>;
}

export function summariseNodes(nodes: readonly StakeNode[]): BulkSummary {
  const assessments = nodes.map((node) => node.assessment);
  const counts = new Map<string, number>();
  for (const node of nodes) {
    for (const tag of new Set(node.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  const tags = [...counts];
  return {
    kind: sharedValue(nodes.map((node) => node.kind)),
    ownerId: sharedValue(assessments.map((assessment) => assessment.ownerId)),
    sector: sharedValue(assessments.map((assessment) => assessment.sector)),
    engagementCurrent: sharedValue(assessments.map((assessment) => assessment.engagementCurrent)),
    engagementTarget: sharedValue(assessments.map((assessment) => assessment.engagementTarget)),
    tagsOnAll: tags.filter(([, count]) => count === nodes.length).map(([tag]) => tag),
    tagsOnSome: tags
      .filter(([, count]) => count < nodes.length)
      .map(([tag, count]) => ({ tag, count })),
  };
}

/** What a bulk edit sets; a field left out stays as each node has it. */
export interface BulkNodeEdit {
  /**
   * The new kind. As when one node's kind changes, only the kind changes: each node keeps the
   * details of its old kind (hidden while unused), so changing back loses nothing.
   */
  kind?: NodeKind;
  addTags?: readonly string[];
  removeTags?: readonly string[];
  /** A person on the map, or null for no owner. A node is never made its own owner. */
  ownerId?: string | null;
  sector?: string;
  engagementCurrent?: EngagementLevel | null;
  engagementTarget?: EngagementLevel | null;
}

export type BulkNodeChanges = Partial<Pick<StakeNode, 'kind' | 'tags' | 'assessment'>>;

export function isEmptyBulkEdit(edit: BulkNodeEdit): boolean {
  return (
    edit.kind === undefined &&
    (edit.addTags ?? []).length === 0 &&
    (edit.removeTags ?? []).length === 0 &&
    edit.ownerId === undefined &&
    edit.sector === undefined &&
    edit.engagementCurrent === undefined &&
    edit.engagementTarget === undefined
  );
}

/**
 * The changes the edit makes to each node, leaving out nodes it would not change. Tags are
 * removed first, then added, so a tag named in both ends up on every node.
 */
export function planBulkEdit(
  nodes: readonly StakeNode[],
  edit: BulkNodeEdit,
): Array<{ id: string; changes: BulkNodeChanges }> {
  return nodes.flatMap((node) => {
    const changes: BulkNodeChanges = {};
    if (edit.kind !== undefined && edit.kind !== node.kind) changes.kind = edit.kind;
    const tags = nextTags(node.tags, edit);
    if (!sameList(tags, node.tags)) changes.tags = tags;
    const assessment = nextAssessment(node, edit);
    if (assessment !== node.assessment) changes.assessment = assessment;
    return Object.keys(changes).length > 0 ? [{ id: node.id, changes }] : [];
  });
}

function nextTags(tags: readonly string[], edit: BulkNodeEdit): string[] {
  const removed = new Set(edit.removeTags ?? []);
  const kept = tags.filter((tag) => !removed.has(tag));
  return [...new Set([...kept, ...(edit.addTags ?? [])])];
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** The node's assessment with the edit applied: the same object when nothing changes. */
function nextAssessment(node: StakeNode, edit: BulkNodeEdit): Assessment {
  const current = node.assessment;
  const wanted: Partial<Assessment> = {};
  if (edit.ownerId !== undefined && edit.ownerId !== node.id) wanted.ownerId = edit.ownerId;
  if (edit.sector !== undefined) wanted.sector = edit.sector.trim();
  if (edit.engagementCurrent !== undefined) wanted.engagementCurrent = edit.engagementCurrent;
  if (edit.engagementTarget !== undefined) wanted.engagementTarget = edit.engagementTarget;
  const differs = (Object.keys(wanted) as Array<keyof Assessment>).some(
    (key) => wanted[key] !== current[key],
  );
  return differs ? { ...current, ...wanted } : current;
}
