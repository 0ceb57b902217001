// Connects the selected node to another one without the mouse: pick the other node and the kind.

import { useState } from 'react';
import { relationshipKindLabel } from '@shared/domain/relationships';
import type { StakeNode } from '@shared/domain/types';
import { RELATIONSHIP_KINDS } from '@shared/domain/vocabulary';
import { addRelationshipCommand } from '../../commands/mapCommands';
import { announce, reportFailure } from '../../state/notices';
import { optionElement } from '../../components/fields/optionElements';
import { nodeChoice } from './nodeChoices';
import { sortByLabel } from './sortByLabel';

interface ConnectFormProps {
  mapId: string;
  node: StakeNode;
  nodes: readonly StakeNode[];
}

export function ConnectForm({ mapId, node, nodes }: ConnectFormProps) {
  const [targetId, setTargetId] = useState('');
  const [kind, setKind] = useState<string>('member-of');
  const others = sortByLabel(nodes).filter((other) => other.id !== node.id);

  const connect = () => {
    const target = others.find((other) => other.id === targetId);
    if (!target) return;
    addRelationshipCommand(mapId, node.id, target.id, kind)
      .then(() => {
        setTargetId('');
        announce(`Connected ${node.label} to ${target.label}.`);
      })
      .catch(reportFailure('The relationship was not added.'));
  };

  if (others.length === 0) return null;
  return (
    <section aria-labelledby="connect-heading" className="inspector-section">
      <h3 id="connect-heading">Connect</h3>
      <label className="field">
        <span>Connect to</span>
        <select value={targetId} onChange={(event) => setTargetId(event.target.value)}>
          <option value="">Choose a node…</option>
          {others.map((other) => optionElement(nodeChoice(other)))}
        </select>
      </label>
      <label className="field">
        <span>Relationship kind</span>
        <select value={kind} onChange={(event) => setKind(event.target.value)}>
          {RELATIONSHIP_KINDS.map((option) => (
            <option key={option} value={option}>
              {relationshipKindLabel(option)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={connect} disabled={!targetId}>
        Add relationship
      </button>
    </section>
  );
}
