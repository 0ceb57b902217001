// Chooses several nodes: the chosen ones as removable chips, and a select to add another. Both are
// plain buttons and a native select, so it works by keyboard and reads well to screen readers.

import { useId } from 'react';
import { NODE_KIND_LABELS } from '@shared/domain/labels';
import { sortNodesByLabel } from '@shared/domain/planning/stakeholders';
import type { StakeNode } from '@shared/domain/types';

interface NodePickerProps {
  label: string;
  nodes: readonly StakeNode[];
  value: readonly string[];
  onChange(ids: string[]): void;
  /** Which nodes may be chosen; all by default. */
  allow?(node: StakeNode): boolean;
}

export function NodePicker({ label, nodes, value, onChange, allow }: NodePickerProps) {
  const id = useId();
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const chosen = value.flatMap((nodeId) => {
    const node = byId.get(nodeId);
    return node ? [node] : [];
  });
  const choices = sortNodesByLabel(
    nodes.filter((node) => !value.includes(node.id) && (allow ? allow(node) : true)),
  );
  return (
    <div className="node-picker" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="node-picker-label">
        {label}
      </span>
      {chosen.length > 0 && (
        <ul className="chips" aria-label={`${label}: chosen`}>
          {chosen.map((node) => (
            <li key={node.id} className="chip">
              <span>{node.label || '(no label)'}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove ${node.label || 'node'}`}
                onClick={() => onChange(value.filter((other) => other !== node.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <select
        aria-label={`Add to ${label.toLowerCase()}`}
        value=""
        onChange={(event) => {
          if (event.target.value) onChange([...value, event.target.value]);
        }}
      >
        <option value="">Add…</option>
        {choices.map((node) => (
          <option key={node.id} value={node.id}>
            {node.label || '(no label)'} ({NODE_KIND_LABELS[node.kind].toLowerCase()})
          </option>
        ))}
      </select>
    </div>
  );
}
