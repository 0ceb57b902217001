// The one way the editor deletes nodes, from the keyboard, the inspector or the table. A single
// node that nothing else names goes at once (undo brings it back). Several nodes, or any node that
// a contact, action or message names or that looks after a stakeholder, are deleted only after a
// dialog says what will happen to those records and the user chooses.

import { useRef, useState, type ReactNode } from 'react';
import { hasReferences, type NodeReferences } from '@shared/domain/planning/references';
import type { Relationship, StakeNode } from '@shared/domain/types';
import { deleteNodesCommand } from '../../commands/mapCommands';
import { pluralise } from '../../components/relativeTime';
import { nodeReferences } from '../../data/nodeReferences';
import { announce, reportFailure } from '../../state/notices';
import { DeleteNodesDialog } from './DeleteNodesDialog';

interface NodeDeletionOptions {
  mapId: string;
  nodesById: ReadonlyMap<string, StakeNode>;
  relationships: readonly Relationship[];
  onDeleted(): void;
}

export interface NodeDeletion {
  /**
   * Resolves true once the nodes are deleted, at once or after the user confirms in the dialog;
   * false when the user cancels or the delete fails. The table waits on it to move its focus.
   */
  request(ids: readonly string[]): Promise<boolean>;
  dialog: ReactNode;
}

export function useNodeDeletion(options: NodeDeletionOptions): NodeDeletion {
  const { mapId, nodesById, relationships, onDeleted } = options;
  const [asking, setAsking] = useState<{
    ids: readonly string[];
    references: NodeReferences;
  } | null>(null);

  const pending = useRef<((deleted: boolean) => void) | null>(null);
  const settle = (deleted: boolean) => {
    pending.current?.(deleted);
    pending.current = null;
  };

  const request = async (ids: readonly string[]): Promise<boolean> => {
    try {
      const references = await nodeReferences(mapId, ids);
      if (ids.length > 1 || hasReferences(references)) {
        settle(false);
        return new Promise<boolean>((resolve) => {
          pending.current = resolve;
          setAsking({ ids, references });
        });
      }
      const label = nodesById.get(ids[0] ?? '')?.label || 'the node';
      const removed = await deleteNodesCommand(mapId, ids);
      onDeleted();
      announce(
        `Deleted ${label} and ${pluralise(removed.relationships.length, 'relationship')}. Undo brings them back.`,
      );
      return true;
    } catch (error) {
      reportFailure('The node was not deleted.')(error);
      return false;
    }
  };

  const dialog = asking && (
    <DeleteNodesDialog
      mapId={mapId}
      ids={asking.ids}
      references={asking.references}
      nodesById={nodesById}
      relationships={relationships}
      onClose={() => setAsking(null)}
      onSettled={(deleted) => {
        if (deleted) onDeleted();
        settle(deleted);
      }}
    />
  );
  return { request, dialog };
}
