// A node as a choice in a select: one choice object per node record, so the lists of nodes in the
// toolbar, the connect form and the owner field keep their options from one edit to the next
// (optionElements.tsx). Records are replaced, not changed, when a node is edited.

import type { StakeNode } from '@shared/domain/types';
import type { Choice } from '../../components/fields/optionElements';

const made = new WeakMap<StakeNode, Choice>();

export function nodeChoice(node: StakeNode): Choice {
  let choice = made.get(node);
  if (choice === undefined) {
    choice = { value: node.id, label: node.label || '(no label)' };
    made.set(node, choice);
  }
  return choice;
}
