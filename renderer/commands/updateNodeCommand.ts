// Edits one node with changes worked out from the node as stored when the write runs (see
// NodeUpdate), as one undoable step. The inspector's groups of fields use it so that quick
// successive edits to one group all land.

import type { StakeNode } from '@shared/domain/types';
import { updateNodes, type NodeChanges } from '../data/nodeRepository';
import { recordHistory } from '../state/history';

export async function updateNodeCommand(
  mapId: string,
  id: string,
  changesFrom: (stored: StakeNode) => NodeChanges,
  label = 'edit node',
): Promise<void> {
  const previous = await updateNodes(mapId, [{ id, changes: changesFrom }]);
  if (previous.length === 0) return;
  recordHistory(mapId, {
    label,
    undo: () => updateNodes(mapId, previous).then(() => undefined),
    // Undo put the node back as it was, so working the changes out again gives the same ones.
    redo: () => updateNodes(mapId, [{ id, changes: changesFrom }]).then(() => undefined),
  });
}
