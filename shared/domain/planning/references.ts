// What deleting nodes would change elsewhere on the map, counted and said in words, so the user
// is asked before a contact, an action, a message or an owner loses them. Pure: the counts come
// from the same detachNodes the delete itself runs, so what is said is what will happen.

import { detachNodes, type Detachment } from './records';

export interface NodeReferences {
  /** Stakeholders the deleted nodes look after, whose owner would be cleared. */
  ownedNodes: number;
  /** Contacts that also involve someone else: the deleted nodes are taken off them. */
  interactionsKept: number;
  /** Contacts with no one else: they would be deleted. */
  interactionsRemoved: number;
  actions: number;
  messages: number;
}

export function countReferences(
  ids: ReadonlySet<string>,
  records: Parameters<typeof detachNodes>[1],
): NodeReferences {
  return fromDetachment(detachNodes(ids, records));
}

function fromDetachment(detached: Detachment): NodeReferences {
  return {
    ownedNodes: detached.nodes.length,
    interactionsKept: detached.interactions.length,
    interactionsRemoved: detached.removedInteractionIds.length,
    actions: detached.actions.length,
    messages: detached.messages.length,
  };
}

export function hasReferences(references: NodeReferences): boolean {
  return Object.values(references).some((count) => count > 0);
}

function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

function list(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

/** One sentence per kind of change, in the order a user would check them; empty when none. */
export function describeReferences(references: NodeReferences): string[] {
  const sentences: string[] = [];
  const named = [
    references.interactionsKept > 0 ? count(references.interactionsKept, 'contact') : '',
    references.actions > 0 ? count(references.actions, 'action') : '',
    references.messages > 0 ? count(references.messages, 'message') : '',
  ].filter(Boolean);
  if (named.length > 0) sentences.push(`They are taken off ${list(named)}.`);
  if (references.interactionsRemoved > 0) {
    sentences.push(
      `${count(references.interactionsRemoved, 'contact')} with no one else ${references.interactionsRemoved === 1 ? 'is' : 'are'} deleted.`,
    );
  }
  if (references.ownedNodes > 0) {
    sentences.push(
      `${count(references.ownedNodes, 'stakeholder')} they look after ${references.ownedNodes === 1 ? 'is' : 'are'} left without an owner.`,
    );
  }
  return sentences;
}
