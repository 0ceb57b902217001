// Confirms deleting a map, naming it and saying how much goes with it.

import { ConfirmDialog } from '../../components/ConfirmDialog';
import { pluralise } from '../../components/relativeTime';
import type { MapSummary } from '../../data/hooks';

interface DeleteMapDialogProps {
  summary: MapSummary;
  onClose(): void;
  onConfirm(): void;
}

export function DeleteMapDialog({ summary, onClose, onConfirm }: DeleteMapDialogProps) {
  const { map, nodeCount, relationshipCount } = summary;
  return (
    <ConfirmDialog
      open
      title={`Delete “${map.name}”?`}
      description={`This deletes the map with its ${pluralise(nodeCount, 'node')} and ${pluralise(
        relationshipCount,
        'relationship',
      )}. Export it first if you may want it back.`}
      confirmLabel="Delete map"
      onOpenChange={(isOpen) => {
        if (!isOpen) onClose();
      }}
      onConfirm={onConfirm}
    />
  );
}
