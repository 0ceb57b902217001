// Confirms deleting a map, naming it and saying how much goes with it.

import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { StakeMap } from '@shared/domain/types';
import type { MapSize } from '../../data/hooks';
import { sizeInWords } from './sizeInWords';

interface DeleteMapDialogProps {
  map: StakeMap;
  /** Undefined while the sizes are still being counted. */
  size: MapSize | undefined;
  onClose(): void;
  onConfirm(): void;
}

export function DeleteMapDialog({ map, size, onClose, onConfirm }: DeleteMapDialogProps) {
  const contents =
    size === undefined
      ? 'all its nodes and relationships'
      : `its ${sizeInWords(size).join(' and ')}`;
  return (
    <ConfirmDialog
      open
      title={`Delete “${map.name}”?`}
      description={`This deletes the map with ${contents}. Export it first if you may want it back.`}
      confirmLabel="Delete map"
      onOpenChange={(isOpen) => {
        if (!isOpen) onClose();
      }}
      onConfirm={onConfirm}
    />
  );
}
