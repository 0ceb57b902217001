// A node as a choice in a select. The lists of nodes in the toolbar, the connect form and the
// owner field keep their options from one version of the map to the next (optionElements.tsx)
// as long as each node's choice is the same object: a record that did not change gives the same
// choice, and so does a replaced record whose label did not change (a node moved, scored or
// tagged: after a layout, all of them).

import type { StakeNode } from '@shared/domain/types';
import type { Choice } from '../../components/fields/optionElements';

const madeFor = new WeakMap<StakeNode, Choice>();

/**
 * The last choice made for each node id, for one map at a time: the open map's nodes, not every
 * node of every map opened since the app started.
 */
let lastMade: { mapId: string; byId: Map<string, Choice> } = { mapId: '', byId: new Map() };

export function nodeChoice(node: StakeNode): Choice {
  const made = madeFor.get(node);
  if (made !== undefined) return made;
  if (lastMade.mapId !== node.mapId) lastMade = { mapId: node.mapId, byId: new Map() };
  const label = node.label || '(no label)';
  const before = lastMade.byId.get(node.id);
  const choice = before?.label === label ? before : { value: node.id, label };
  lastMade.byId.set(node.id, choice);
  madeFor.set(node, choice);
  return choice;
}
