// Confirms deleting nodes, saying how many and naming them, with the relationships that go too
// and what happens to the contacts, actions, messages and owners that name them; the delete is
// one undoable step.

import { useRef } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { pluralise } from '../../components/relativeTime';
import { describeReferences, type NodeReferences } from '@shared/domain/planning/references';
import { relationshipsTouching } from '@shared/domain/relationships';
import type { Relationship, StakeNode } from '@shared/domain/types';
import { deleteNodesCommand } from '../../commands/mapCommands';
import { announce, reportFailure } from '../../state/notices';
import { listLabels } from './listLabels';

interface DeleteNodesDialogProps {
  mapId: string;
  ids: readonly string[];
  /** What else on the map names the nodes, counted before asking. */
  references?: NodeReferences;
  nodesById: ReadonlyMap<string, StakeNode>;
  relationships: readonly Relationship[];
  onClose(): void;
  /** Once: true when the nodes were deleted, false when the user cancelled or the delete failed. */
  onSettled(deleted: boolean): void;
}

export function DeleteNodesDialog(props: DeleteNodesDialogProps) {
  const { mapId, ids, references, nodesById, relationships, onClose, onSettled } = props;
  // Closing after Delete is not a cancel: the delete settles on its own when the write is done.
  const confirmed = useRef(false);
  // Nodes an undo or another window removed meanwhile are not counted.
  const nodes = ids.flatMap((id) => nodesById.get(id) ?? []);
  const going = relationshipsTouching(relationships, new Set(nodes.map((node) => node.id)));
  const count = pluralise(nodes.length, 'node');

  const remove = () => {
    confirmed.current = true;
    deleteNodesCommand(
      mapId,
      nodes.map((node) => node.id),
    )
      .then((removed) => {
        onSettled(true);
        announce(
          `Deleted ${pluralise(removed.nodes.length, 'node')} and ${pluralise(removed.relationships.length, 'relationship')}. Undo brings them back.`,
        );
      })
      .catch((error: unknown) => {
        reportFailure('The nodes were not deleted.')(error);
        onSettled(false);
      });
  };

  return (
    <ConfirmDialog
      open
      title={`Delete ${count}?`}
      description={[
        `${listLabels(nodes)} will be deleted, with ${pluralise(going.length, 'relationship')} that ${going.length === 1 ? 'touches' : 'touch'} them.`,
        ...(references ? describeReferences(references) : []),
        'Undo brings it all back.',
      ].join(' ')}
      confirmLabel={`Delete ${count}`}
      onOpenChange={(open) => {
        if (open) return;
        if (!confirmed.current) onSettled(false);
        onClose();
      }}
      onConfirm={remove}
    />
  );
}
