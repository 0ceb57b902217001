// The editor's title bar: the way back, the map's name and size, and whether everything is saved.

import { pluralise } from '../../components/relativeTime';
import type { StakeMap } from '@shared/domain/types';
import { SaveIndicator } from './SaveIndicator';

interface EditorHeaderProps {
  map: StakeMap;
  nodeCount: number;
  relationshipCount: number;
  onBack(): void;
}

export function EditorHeader({ map, nodeCount, relationshipCount, onBack }: EditorHeaderProps) {
  return (
    <header className="editor-header">
      <button type="button" onClick={onBack}>
        <span aria-hidden="true">← </span>Back to maps
      </button>
      <h1 className="editor-title">{map.name}</h1>
      <span className="muted">
        {pluralise(nodeCount, 'node')} · {pluralise(relationshipCount, 'relationship')}
      </span>
      <SaveIndicator />
    </header>
  );
}
