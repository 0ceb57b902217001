// A node's name as a button that selects it, so the inspector shows it wherever it is mentioned.

import type { StakeNode } from '@shared/domain/types';
import type { Selection } from '../../../state/selection';

interface NodeLinkProps {
  node: StakeNode;
  onSelect(selection: Selection): void;
}

export function NodeLink({ node, onSelect }: NodeLinkProps) {
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => onSelect({ type: 'node', id: node.id })}
    >
      {node.label || '(no label)'}
    </button>
  );
}

/** A list of node names, each selectable, or "none" when empty. */
export function NodeLinks({
  ids,
  nodesById,
  onSelect,
}: {
  ids: readonly string[];
  nodesById: ReadonlyMap<string, StakeNode>;
  onSelect(selection: Selection): void;
}) {
  const nodes = ids.flatMap((id) => {
    const node = nodesById.get(id);
    return node ? [node] : [];
  });
  if (nodes.length === 0) return <span className="muted">none</span>;
  return (
    <span className="node-links">
      {nodes.map((node, index) => (
        <span key={node.id}>
          <NodeLink node={node} onSelect={onSelect} />
          {index < nodes.length - 1 ? ', ' : ''}
        </span>
      ))}
    </span>
  );
}
