// One map in the list: its name, size and last change, and what can be done with it.

import { describeWhen, pluralise } from '../../components/relativeTime';
import type { MapSummary } from '../../data/hooks';

interface MapListItemProps {
  summary: MapSummary;
  onOpen(): void;
  onRename(): void;
  onDuplicate(): void;
  onDelete(): void;
}

export function MapListItem({
  summary,
  onOpen,
  onRename,
  onDuplicate,
  onDelete,
}: MapListItemProps) {
  const { map, nodeCount, relationshipCount } = summary;
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
          {pluralise(nodeCount, 'node')} · {pluralise(relationshipCount, 'relationship')}
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
