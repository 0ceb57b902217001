// The action picked on the calendar: its due date (the keyboard way to reschedule it), whether it
// is done, and who and what it concerns.

import { formatDay, dayOf, type Day } from '@shared/domain/planning/days';
import { isOverdue } from '@shared/domain/planning/actions';
import type { Action, StakeNode } from '@shared/domain/types';
import { editActionCommand } from '../../../commands/planningCommands';
import type { Selection } from '../../../state/selection';
import { failure } from '../common/failure';
import { NodeLinks } from '../common/NodeLink';

interface ActionPanelProps {
  mapId: string;
  action: Action;
  nodesById: ReadonlyMap<string, StakeNode>;
  today: Day;
  onSelect(selection: Selection): void;
}

export function ActionPanel({ mapId, action, nodesById, today, onSelect }: ActionPanelProps) {
  const title = action.title || '(untitled action)';
  const due = dayOf(action.due);
  const owner = action.ownerId ? nodesById.get(action.ownerId) : undefined;
  return (
    <section className="planning-panel event-panel" aria-label={`Action: ${title}`}>
      <h3>{title}</h3>
      {isOverdue(action, today) && due && <p className="overdue">Overdue since {formatDay(due)}</p>}
      <label className="field">
        <span>Due</span>
        <input
          type="date"
          value={due ?? ''}
          onChange={(change) =>
            void editActionCommand(
              mapId,
              action.id,
              { due: change.target.value || null },
              `reschedule ${title}`,
            ).catch(failure('Rescheduling'))
          }
        />
      </label>
      <label className="checkbox-field">
        <input
          type="checkbox"
          checked={action.done}
          onChange={(change) =>
            void editActionCommand(
              mapId,
              action.id,
              { done: change.target.checked },
              change.target.checked ? 'mark done' : 'reopen',
            ).catch(failure('Saving the action'))
          }
        />
        <span>Done</span>
      </label>
      <p>Owner: {owner ? owner.label || '(no label)' : <span className="muted">No owner</span>}</p>
      <p>
        Concerns: <NodeLinks ids={action.nodeIds} nodesById={nodesById} onSelect={onSelect} />
      </p>
    </section>
  );
}
