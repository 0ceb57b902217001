// The side panel that edits whatever is selected: a node, several nodes, a relationship, or
// nothing.

import type { Relationship, StakeNode } from '@shared/domain/types';
import { selectedNodeIds, type Selection } from '../../state/selection';
import { BulkEditPanel } from './bulk/BulkEditPanel';
import { NodeInspector } from './NodeInspector';
import { RelationshipInspector } from './RelationshipInspector';

interface InspectorProps {
  mapId: string;
  selection: Selection;
  nodes: readonly StakeNode[];
  nodesById: ReadonlyMap<string, StakeNode>;
  relationships: readonly Relationship[];
  onSelect(selection: Selection): void;
  /** Asks to delete several nodes (the editor confirms first); without it, no delete is offered. */
  onDeleteNodes?(ids: readonly string[]): unknown;
}

export function Inspector({
  mapId,
  selection,
  nodes,
  nodesById,
  relationships,
  onSelect,
  onDeleteNodes,
}: InspectorProps) {
  // Nodes an undo or another window removed drop out; one left is edited as one.
  const selectedNodes = selectedNodeIds(selection).flatMap((id) => nodesById.get(id) ?? []);
  const node = selectedNodes.length === 1 ? selectedNodes[0] : undefined;
  const relationship =
    selection?.type === 'relationship'
      ? relationships.find((candidate) => candidate.id === selection.id)
      : undefined;

  return (
    <section aria-label="Inspector" className="inspector" role="complementary">
      {selectedNodes.length > 1 ? (
        <BulkEditPanel
          key={selectedNodes.map((selected) => selected.id).join(' ')}
          mapId={mapId}
          selected={selectedNodes}
          nodes={nodes}
          onSelect={onSelect}
          onDelete={
            onDeleteNodes && (() => onDeleteNodes(selectedNodes.map((selected) => selected.id)))
          }
        />
      ) : node ? (
        <NodeInspector
          key={node.id}
          mapId={mapId}
          node={node}
          nodes={nodes}
          nodesById={nodesById}
          relationships={relationships}
          onSelect={onSelect}
          onDelete={onDeleteNodes && (() => onDeleteNodes([node.id]))}
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
