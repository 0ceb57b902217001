// One action in a list: done checkbox, title, due date (editable, so it can be rescheduled by
// keyboard), owner, the nodes it concerns, and delete. Overdue ones say so in words and colour.

import { formatDay, dayOf, type Day } from '@shared/domain/planning/days';
import { isOverdue } from '@shared/domain/planning/actions';
import type { Action, StakeNode } from '@shared/domain/types';
import { deleteActionCommand, editActionCommand } from '../../../commands/planningCommands';
import { announce } from '../../../state/notices';
import type { Selection } from '../../../state/selection';
import { failure } from '../common/failure';
import { NodeLinks } from '../common/NodeLink';

interface ActionRowProps {
  mapId: string;
  action: Action;
  people: readonly StakeNode[];
  nodesById: ReadonlyMap<string, StakeNode>;
  today: Day;
  onSelect(selection: Selection): void;
}

export function ActionRow({ mapId, action, people, nodesById, today, onSelect }: ActionRowProps) {
  const overdue = isOverdue(action, today);
  const due = dayOf(action.due);
  const title = action.title || '(untitled action)';
  const edit = (changes: Parameters<typeof editActionCommand>[2], label: string) =>
    editActionCommand(mapId, action.id, changes, label).catch(failure('Saving the action'));

  return (
    <li className={`action-row${overdue ? ' is-overdue' : ''}${action.done ? ' is-done' : ''}`}>
      <label className="checkbox-field action-title">
        <input
          type="checkbox"
          checked={action.done}
          onChange={(event) =>
            void edit({ done: event.target.checked }, event.target.checked ? 'mark done' : 'reopen')
          }
        />
        <span>{title}</span>
      </label>
      <div className="action-meta">
        {overdue && due && (
          <span className="overdue">Overdue since {formatDay(due, 'medium')}</span>
        )}
        <label className="field-inline-label">
          <span>Due</span>
          <input
            type="date"
            aria-label={`Due date of ${title}`}
            value={due ?? ''}
            onChange={(event) => void edit({ due: event.target.value || null }, 'reschedule')}
          />
        </label>
        <label className="field-inline-label">
          <span>Owner</span>
          <select
            aria-label={`Owner of ${title}`}
            value={action.ownerId ?? ''}
            onChange={(event) => void edit({ ownerId: event.target.value || null }, 'reassign')}
          >
            <option value="">No owner</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.label || '(no label)'}
              </option>
            ))}
          </select>
        </label>
        <span className="action-nodes">
          Concerns: <NodeLinks ids={action.nodeIds} nodesById={nodesById} onSelect={onSelect} />
        </span>
        <button
          type="button"
          className="link-button"
          aria-label={`Delete ${title}`}
          onClick={() =>
            deleteActionCommand(mapId, action.id)
              .then(() => announce(`Deleted “${title}”. Undo brings it back.`))
              .catch(failure('Deleting the action'))
          }
        >
          Delete
        </button>
      </div>
      {action.notes && <p className="muted action-notes">{action.notes}</p>}
    </li>
  );
}
