// The contact log, newest first: each entry with its date, kind, who, summary and follow-up, a
// follow-up that has come due marked as such, and a delete that undo reverses.

import { humanise } from '@shared/domain/labels';
import { formatDay, dayOf, type Day } from '@shared/domain/planning/days';
import type { Interaction, StakeNode } from '@shared/domain/types';
import { deleteInteractionCommand } from '../../../commands/planningCommands';
import { announce } from '../../../state/notices';
import type { Selection } from '../../../state/selection';
import { failure } from '../common/failure';
import { NodeLinks } from '../common/NodeLink';

interface InteractionListProps {
  mapId: string;
  interactions: readonly Interaction[];
  dueFollowUpIds: ReadonlySet<string>;
  nodesById: ReadonlyMap<string, StakeNode>;
  onSelect(selection: Selection): void;
}

function when(date: string | null): string {
  const day: Day | null = dayOf(date);
  return day ? formatDay(day, 'medium') : (date ?? '');
}

export function InteractionList(props: InteractionListProps) {
  const { mapId, interactions, dueFollowUpIds, nodesById, onSelect } = props;
  if (interactions.length === 0) {
    return <p className="muted">No contacts logged yet.</p>;
  }
  return (
    <ol className="contact-log" aria-label="Contact log">
      {interactions.map((entry) => (
        <li key={entry.id} className="contact-entry">
          <div className="contact-entry-head">
            <strong>{when(entry.date)}</strong>
            <span className="badge">{humanise(entry.type)}</span>
            <NodeLinks ids={entry.nodeIds} nodesById={nodesById} onSelect={onSelect} />
          </div>
          {entry.summary && <p className="contact-summary">{entry.summary}</p>}
          {entry.followUp && (
            <p className={dueFollowUpIds.has(entry.id) ? 'overdue' : 'muted'}>
              Follow up by {when(entry.followUp)}
              {dueFollowUpIds.has(entry.id) && ' (due)'}
            </p>
          )}
          <button
            type="button"
            className="link-button contact-delete"
            aria-label={`Delete the ${entry.type} of ${when(entry.date)}`}
            onClick={() =>
              deleteInteractionCommand(mapId, entry.id)
                .then(() => announce('Deleted the contact. Undo brings it back.'))
                .catch(failure('Deleting the contact'))
            }
          >
            Delete
          </button>
        </li>
      ))}
    </ol>
  );
}
