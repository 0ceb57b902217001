// Who takes part in an event: attendees with their attendance (invited, confirmed, attended,
// declined) editable in place, speakers and organisers, and a way to invite someone else.

import { useState } from 'react';
import { humanise } from '@shared/domain/labels';
import {
  compareLabels,
  isStakeholder,
  sortNodesByLabel,
} from '@shared/domain/planning/stakeholders';
import type { Relationship, StakeNode } from '@shared/domain/types';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '@shared/domain/vocabulary';
import {
  addRelationshipCommand,
  deleteRelationshipCommand,
  editRelationshipCommand,
} from '../../../commands/mapCommands';
import { announce } from '../../../state/notices';
import type { Selection } from '../../../state/selection';
import { failure } from '../common/failure';
import { NodeLink } from '../common/NodeLink';

interface AttendeeListProps {
  mapId: string;
  event: StakeNode;
  nodes: readonly StakeNode[];
  nodesById: ReadonlyMap<string, StakeNode>;
  relationships: readonly Relationship[];
  onSelect(selection: Selection): void;
}

/** The other end of a relationship to the event, whichever way it was drawn. */
function otherEnd(rel: Relationship, eventId: string): string | null {
  if (rel.targetId === eventId) return rel.sourceId;
  if (rel.sourceId === eventId) return rel.targetId;
  return null;
}

export function AttendeeList(props: AttendeeListProps) {
  const { mapId, event, nodes, nodesById, relationships, onSelect } = props;
  const [inviteId, setInviteId] = useState('');
  const linked = relationships.flatMap((rel) => {
    const otherId = otherEnd(rel, event.id);
    const other = otherId ? nodesById.get(otherId) : undefined;
    return other ? [{ rel, other }] : [];
  });
  const attending = linked.filter(({ rel }) => rel.kind === 'attends');
  const speakers = linked.filter(({ rel }) => rel.kind === 'speaks-at');
  const organisers = linked.filter(({ rel }) => rel.kind === 'organises');
  const attendingIds = new Set(attending.map(({ other }) => other.id));
  const invitable = sortNodesByLabel(
    nodes.filter((node) => isStakeholder(node) && !attendingIds.has(node.id)),
  );

  const setAttendance = (rel: Relationship, attendance: AttendanceStatus) =>
    editRelationshipCommand(mapId, rel.id, { attendance }).catch(failure('Saving attendance'));

  const invite = () => {
    const node = nodesById.get(inviteId);
    if (!node) return;
    addRelationshipCommand(mapId, node.id, event.id, 'attends')
      .then(() => {
        setInviteId('');
        announce(`Invited ${node.label || 'the node'} to ${event.label || 'the event'}.`);
      })
      .catch(failure('Inviting'));
  };

  return (
    <div className="attendees">
      <h4>Attending ({attending.length})</h4>
      {attending.length === 0 ? (
        <p className="muted">Nobody invited yet.</p>
      ) : (
        <ul className="attendee-list" aria-label="Attending">
          {[...attending]
            .sort((a, b) => compareLabels(a.other.label, b.other.label))
            .map(({ rel, other }) => (
              <li key={rel.id}>
                <NodeLink node={other} onSelect={onSelect} />
                <select
                  aria-label={`Attendance of ${other.label || 'node'}`}
                  value={rel.attendance ?? 'invited'}
                  onChange={(change) =>
                    void setAttendance(rel, change.target.value as AttendanceStatus)
                  }
                >
                  {ATTENDANCE_STATUSES.map((status) => (
                    <option key={status} value={status}>
                      {humanise(status)}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Remove ${other.label || 'node'} from the event`}
                  onClick={() =>
                    deleteRelationshipCommand(mapId, rel.id).catch(failure('Removing the attendee'))
                  }
                >
                  Remove
                </button>
              </li>
            ))}
        </ul>
      )}
      <div className="invite-row">
        <select
          aria-label="Invite to this event"
          value={inviteId}
          onChange={(change) => setInviteId(change.target.value)}
        >
          <option value="">Invite…</option>
          {invitable.map((node) => (
            <option key={node.id} value={node.id}>
              {node.label || '(no label)'}
            </option>
          ))}
        </select>
        <button type="button" disabled={!inviteId} onClick={invite}>
          Invite
        </button>
      </div>
      {speakers.length > 0 && (
        <p>
          Speaking:{' '}
          {speakers.map(({ rel, other }, index) => (
            <span key={rel.id}>
              <NodeLink node={other} onSelect={onSelect} />
              {index < speakers.length - 1 ? ', ' : ''}
            </span>
          ))}
        </p>
      )}
      {organisers.length > 0 && (
        <p>
          Organised by:{' '}
          {organisers.map(({ rel, other }, index) => (
            <span key={rel.id}>
              <NodeLink node={other} onSelect={onSelect} />
              {index < organisers.length - 1 ? ', ' : ''}
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
