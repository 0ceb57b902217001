// The side panel that edits whatever is selected: a node, a relationship, or nothing.

import type { Relationship, StakeNode } from '@shared/domain/types';
import type { Selection } from '../../state/selection';
import { NodeInspector } from './NodeInspector';
import { RelationshipInspector } from './RelationshipInspector';

interface InspectorProps {
  mapId: string;
  selection: Selection;
  nodes: readonly StakeNode[];
  nodesById: ReadonlyMap<string, StakeNode>;
  relationships: readonly Relationship[];
  onSelect(selection: Selection): void;
}

export function Inspector({
  mapId,
  selection,
  nodes,
  nodesById,
  relationships,
  onSelect,
}: InspectorProps) {
  const node = selection?.type === 'node' ? nodesById.get(selection.id) : undefined;
  const relationship =
    selection?.type === 'relationship'
      ? relationships.find((candidate) => candidate.id === selection.id)
      : undefined;

  return (
    <section aria-label="Inspector" className="inspector" role="complementary">
      {node ? (
        <NodeInspector
          key={node.id}
          mapId={mapId}
          node={node}
          nodes={nodes}
          nodesById={nodesById}
          relationships={relationships}
          onSelect={onSelect}
        />
      ) : relationship ? (
        <RelationshipInspector
          key={relationship.id}
          mapId={mapId}
          relationship={relationship}
          nodesById={nodesById}
          onSelect={onSelect}
        />
      ) : (
        <div className="inspector-empty">
          <h2>Nothing selected</h2>
          <p className="muted">
            Select a node or relationship on the map, or choose one under Go to node, to see and
            edit its details here.
          </p>
        </div>
      )}
    </section>
  );
}
