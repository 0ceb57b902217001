// Logs a contact: when, what kind, with whom (one or several nodes), what was said, and an
// optional follow-up date. The whole entry is saved as one undoable step.

import { useState, type FormEvent } from 'react';
import { humanise } from '@shared/domain/labels';
import type { Day } from '@shared/domain/planning/days';
import type { StakeNode } from '@shared/domain/types';
import { INTERACTION_TYPES, type InteractionType } from '@shared/domain/vocabulary';
import { addInteractionCommand } from '../../../commands/planningCommands';
import { announce } from '../../../state/notices';
import { failure } from '../common/failure';
import { NodePicker } from '../common/NodePicker';

interface InteractionFormProps {
  mapId: string;
  nodes: readonly StakeNode[];
  today: Day;
  /** Nodes to start with, such as the one selected. */
  initialNodeIds: readonly string[];
}

export function InteractionForm({ mapId, nodes, today, initialNodeIds }: InteractionFormProps) {
  const [date, setDate] = useState(today);
  const [type, setType] = useState<InteractionType>('meeting');
  const [nodeIds, setNodeIds] = useState<string[]>([...initialNodeIds]);
  const [summary, setSummary] = useState('');
  const [followUp, setFollowUp] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!date) return setProblem('Enter the date of the contact.');
    if (nodeIds.length === 0) return setProblem('Choose who the contact was with.');
    if (followUp && followUp < date) return setProblem('The follow-up is before the contact.');
    setProblem(null);
    addInteractionCommand(mapId, {
      date,
      type,
      nodeIds,
      summary: summary.trim(),
      followUp: followUp || null,
    })
      .then(() => {
        announce(
          `Logged a ${type} with ${nodeIds.length} ${nodeIds.length === 1 ? 'node' : 'nodes'}.`,
        );
        setNodeIds([]);
        setSummary('');
        setFollowUp('');
      })
      .catch(failure('Logging the contact'));
  };

  return (
    <form className="planning-form" aria-label="Log a contact" onSubmit={submit}>
      <div className="field-pair">
        <label className="field">
          <span>Date</span>
          <input type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        <label className="field">
          <span>Type</span>
          <select value={type} onChange={(e) => setType(e.target.value as InteractionType)}>
            {INTERACTION_TYPES.map((value) => (
              <option key={value} value={value}>
                {humanise(value)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <NodePicker label="With" nodes={nodes} value={nodeIds} onChange={setNodeIds} />
      <label className="field">
        <span>Summary</span>
        <textarea rows={3} value={summary} onChange={(e) => setSummary(e.target.value)} />
      </label>
      <label className="field">
        <span>Follow up by (optional)</span>
        <input type="date" value={followUp} onChange={(e) => setFollowUp(e.target.value)} />
      </label>
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="primary">
          Log contact
        </button>
      </div>
    </form>
  );
}
