// Checks that need more than one record: ids are unique, and every reference (a relationship's
// ends, an owner, the nodes an interaction, action or message names, where a message was
// delivered) points at a node on this map of a fitting kind.

import type { NodeKind } from '../domain/vocabulary';
import type { FileNode, FormatProblem } from './fileTypes';
import { describeValue, problem, type PathSegment } from './problems';
import type { ReadCollections, ReadRecord } from './readRecords';

function duplicateIds(
  key: keyof ReadCollections,
  records: readonly ReadRecord<unknown>[],
  noun: string,
): FormatProblem[] {
  const firstIndex = new Map<string, number>();
  const problems: FormatProblem[] = [];
  records.forEach(({ id }, index) => {
    if (typeof id !== 'string') return;
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, index);
    else {
      problems.push(
        problem(
          [key, index, 'id'],
          `${describeValue(id)} is also the id of ${key}[${first}]; every ${noun} needs its own id`,
        ),
      );
    }
  });
  return problems;
}

/** The graph shows nodes and relationships together, so their ids must not collide either. */
function relationshipIdsClashingWithNodes(collections: ReadCollections): FormatProblem[] {
  const nodeIndex = new Map<string, number>();
  collections.nodes.forEach(({ id }, index) => {
    if (typeof id === 'string' && !nodeIndex.has(id)) nodeIndex.set(id, index);
  });
  return collections.relationships.flatMap(({ id }, index) => {
    const clash = typeof id === 'string' ? nodeIndex.get(id) : undefined;
    return clash === undefined
      ? []
      : [
          problem(
            ['relationships', index, 'id'],
            `${describeValue(id)} is also the id of nodes[${clash}]; a relationship needs an id no node uses`,
          ),
        ];
  });
}

interface KindRule {
  kinds: readonly NodeKind[];
  explain: string;
}

const OWNER: KindRule = { kinds: ['person'], explain: 'an owner must be a person' };
const DELIVERED_VIA: KindRule = {
  kinds: ['event', 'channel'],
  explain: 'a message is delivered at an event or through a channel',
};

/** Looks up references. Ids of nodes that failed their own checks still count as present. */
class NodeLookup {
  private readonly ids = new Set<string>();
  private readonly nodes = new Map<string, FileNode>();

  constructor(records: readonly ReadRecord<FileNode>[]) {
    for (const { id, value } of records) {
      if (typeof id === 'string') this.ids.add(id);
      if (value && !this.nodes.has(value.id)) this.nodes.set(value.id, value);
    }
  }

  /** A problem when `id` is not a node, or is a node of a kind `rule` does not allow. */
  check(path: readonly PathSegment[], id: string, rule?: KindRule): FormatProblem[] {
    if (!this.ids.has(id)) return [problem(path, `${describeValue(id)} is not a node on this map`)];
    const node = this.nodes.get(id);
    if (!rule || !node || rule.kinds.includes(node.kind)) return [];
    return [
      problem(
        path,
        `${describeValue(id)} is the ${node.kind} ${describeValue(node.label)}; ${rule.explain}`,
      ),
    ];
  }

  checkAll(path: readonly PathSegment[], ids: readonly string[]): FormatProblem[] {
    return ids.flatMap((id, index) => this.check([...path, index], id));
  }
}

function referenceProblems(collections: ReadCollections): FormatProblem[] {
  const lookup = new NodeLookup(collections.nodes);
  const problems: FormatProblem[] = [];

  collections.nodes.forEach(({ value }, index) => {
    const ownerId = value?.assessment.ownerId;
    if (ownerId) {
      const path = ['nodes', index, 'assessment', 'ownerId'];
      problems.push(...lookup.check(path, ownerId, OWNER));
    }
  });
  collections.relationships.forEach(({ value }, index) => {
    if (!value) return;
    problems.push(...lookup.check(['relationships', index, 'sourceId'], value.sourceId));
    problems.push(...lookup.check(['relationships', index, 'targetId'], value.targetId));
  });
  collections.interactions.forEach(({ value }, index) => {
    if (value) problems.push(...lookup.checkAll(['interactions', index, 'nodeIds'], value.nodeIds));
  });
  collections.actions.forEach(({ value }, index) => {
    if (!value) return;
    if (value.ownerId) {
      const path = ['actions', index, 'ownerId'];
      problems.push(...lookup.check(path, value.ownerId, OWNER));
    }
    problems.push(...lookup.checkAll(['actions', index, 'nodeIds'], value.nodeIds));
  });
  collections.messages.forEach(({ value }, index) => {
    if (!value) return;
    const audiencePath = ['messages', index, 'audience', 'nodeIds'];
    problems.push(...lookup.checkAll(audiencePath, value.audience.nodeIds));
    value.deliveries.forEach((delivery, deliveryIndex) => {
      const path = ['messages', index, 'deliveries', deliveryIndex, 'viaId'];
      problems.push(...lookup.check(path, delivery.viaId, DELIVERED_VIA));
    });
  });
  return problems;
}

function duplicateDeliveryIds(collections: ReadCollections): FormatProblem[] {
  return collections.messages.flatMap(({ value }, index) => {
    const firstIndex = new Map<string, number>();
    return (value?.deliveries ?? []).flatMap((delivery, deliveryIndex) => {
      const first = firstIndex.get(delivery.id);
      if (first === undefined) {
        firstIndex.set(delivery.id, deliveryIndex);
        return [];
      }
      return [
        problem(
          ['messages', index, 'deliveries', deliveryIndex, 'id'],
          `${describeValue(delivery.id)} is also the id of deliveries[${first}]; every delivery needs its own id`,
        ),
      ];
    });
  });
}

export function crossCheck(collections: ReadCollections): FormatProblem[] {
  return [
    ...duplicateIds('nodes', collections.nodes, 'node'),
    ...duplicateIds('relationships', collections.relationships, 'relationship'),
    ...duplicateIds('interactions', collections.interactions, 'interaction'),
    ...duplicateIds('actions', collections.actions, 'action'),
    ...duplicateIds('messages', collections.messages, 'message'),
    ...relationshipIdsClashingWithNodes(collections),
    ...duplicateDeliveryIds(collections),
    ...referenceProblems(collections),
  ];
}
