// One map in the list: its name, size and last change, and what can be done with it.

import { describeWhen } from '../../components/relativeTime';
import type { StakeMap } from '@shared/domain/types';
import type { MapSize } from '../../data/hooks';
import { sizeInWords } from './sizeInWords';

interface MapListItemProps {
  map: StakeMap;
  /** Undefined while the sizes are still being counted. */
  size: MapSize | undefined;
  onOpen(): void;
  onRename(): void;
  onDuplicate(): void;
  onDelete(): void;
}

export function MapListItem({
  map,
  size,
  onOpen,
  onRename,
  onDuplicate,
  onDelete,
}: MapListItemProps) {
  return (
    <li className="map-list-item">
      <div className="map-list-item-text">
        <button
          type="button"
          className="link-button map-name"
          onClick={onOpen}
          aria-label={`Open ${map.name}`}
        >
          {map.name}
        </button>
        <span className="muted">
          {size === undefined ? 'Counting…' : sizeInWords(size).join(' · ')}
        </span>
        <span className="muted">Changed {describeWhen(map.updatedAt)}</span>
      </div>
      <div className="button-row">
        <button type="button" onClick={onRename} aria-label={`Rename ${map.name}`}>
          Rename
        </button>
        <button type="button" onClick={onDuplicate} aria-label={`Duplicate ${map.name}`}>
          Duplicate
        </button>
        <button
          type="button"
          className="danger-outline"
          onClick={onDelete}
          aria-label={`Delete ${map.name}`}
        >
          Delete
        </button>
      </div>
    </li>
  );
}
