// The relationships of a node, each a button that selects it, reading from this node's side:
// "member of → Local Public Data Panel" or "organises ← CLG".

import { relationshipKindLabel } from '@shared/domain/relationships';
import type { Relationship, StakeNode } from '@shared/domain/types';
import type { Selection } from '../../state/selection';

interface NodeRelationshipsListProps {
  node: StakeNode;
  relationships: readonly Relationship[];
  nodesById: ReadonlyMap<string, StakeNode>;
  onSelect(selection: Selection): void;
}

export function describeFromNode(
  node: StakeNode,
  relationship: Relationship,
  nodesById: ReadonlyMap<string, StakeNode>,
): string {
  const outgoing = relationship.sourceId === node.id;
  const otherId = outgoing ? relationship.targetId : relationship.sourceId;
  const other = nodesById.get(otherId)?.label || '(no label)';
  const kind = relationship.label || relationshipKindLabel(relationship.kind);
  return `${kind} ${outgoing ? '→' : '←'} ${other}`;
}

export function NodeRelationshipsList(props: NodeRelationshipsListProps) {
  const { node, relationships, nodesById, onSelect } = props;
  return (
    // Named after the node, not the heading: the table view beside the inspector has a
    // "Relationships" region too, and two landmarks of one name cannot be told apart.
    <section
      aria-label={`Relationships of ${node.label || 'this node'}`}
      className="inspector-section"
    >
      <h3>Relationships</h3>
      {relationships.length === 0 ? (
        <p className="muted">None yet.</p>
      ) : (
        <ul aria-label="Relationships" className="relationship-list">
          {relationships.map((relationship) => (
            <li key={relationship.id}>
              <button
                type="button"
                className="link-button"
                onClick={() => onSelect({ type: 'relationship', id: relationship.id })}
              >
                {describeFromNode(node, relationship, nodesById)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
