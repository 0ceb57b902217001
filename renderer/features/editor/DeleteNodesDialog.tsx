// Confirms deleting nodes, saying how many and naming them, with the relationships that go too
// and what happens to the contacts, actions, messages and owners that name them; the delete is
// one undoable step.

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
  onDeleted(): void;
}

export function DeleteNodesDialog(props: DeleteNodesDialogProps) {
  const { mapId, ids, references, nodesById, relationships, onClose, onDeleted } = props;
  // Nodes an undo or another window removed meanwhile are not counted.
  const nodes = ids.flatMap((id) => nodesById.get(id) ?? []);
  const going = relationshipsTouching(relationships, new Set(nodes.map((node) => node.id)));
  const count = pluralise(nodes.length, 'node');

  const remove = () => {
    deleteNodesCommand(
      mapId,
      nodes.map((node) => node.id),
    )
      .then((removed) => {
        onDeleted();
        announce(
          `Deleted ${pluralise(removed.nodes.length, 'node')} and ${pluralise(removed.relationships.length, 'relationship')}. Undo brings them back.`,
        );
      })
      .catch(reportFailure('The nodes were not deleted.'));
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
        if (!open) onClose();
      }}
      onConfirm={remove}
    />
  );
}
