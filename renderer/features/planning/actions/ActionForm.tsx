// Adds an action: a title, an optional due date and owner, and the nodes it concerns.

import { useState, type FormEvent } from 'react';
import { sortNodesByLabel } from '@shared/domain/planning/stakeholders';
import type { StakeNode } from '@shared/domain/types';
import { addActionCommand } from '../../../commands/planningCommands';
import { announce } from '../../../state/notices';
import { failure } from '../common/failure';
import { NodePicker } from '../common/NodePicker';

interface ActionFormProps {
  mapId: string;
  nodes: readonly StakeNode[];
}

export function ActionForm({ mapId, nodes }: ActionFormProps) {
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [nodeIds, setNodeIds] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const people = sortNodesByLabel(nodes.filter((node) => node.kind === 'person'));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') return setProblem('Give the action a title.');
    setProblem(null);
    addActionCommand(mapId, { title, due: due || null, ownerId: ownerId || null, nodeIds })
      .then((action) => {
        announce(`Added the action “${action.title}”.`);
        setTitle('');
        setDue('');
        setNodeIds([]);
      })
      .catch(failure('Adding the action'));
  };

  return (
    <form className="planning-form" aria-label="New action" onSubmit={submit}>
      <label className="field">
        <span>Title</span>
        <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <div className="field-pair">
        <label className="field">
          <span>Due</span>
          <input type="date" value={due} onChange={(e) => setDue(e.target.value)} />
        </label>
        <label className="field">
          <span>Owner</span>
          <select value={ownerId} onChange={(e) => setOwnerId(e.target.value)}>
            <option value="">No owner</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.label || '(no label)'}
              </option>
            ))}
          </select>
        </label>
      </div>
      <NodePicker label="Concerns" nodes={nodes} value={nodeIds} onChange={setNodeIds} />
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="primary">
          Add action
        </button>
      </div>
    </form>
  );
}
