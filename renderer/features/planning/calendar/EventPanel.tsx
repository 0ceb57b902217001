// The event picked on the calendar: its dates (moving the start keeps its length, so this is the
// keyboard way to reschedule), status, who takes part and their attendance, and its audience
// list as CSV.

import { humanise } from '@shared/domain/labels';
import { eventAudienceList } from '@shared/domain/planning/audienceList';
import { rescheduleEvent } from '@shared/domain/planning/calendar';
import { dayOf } from '@shared/domain/planning/days';
import { eventOf } from '@shared/domain/details';
import type { EventDetails, Relationship, StakeNode } from '@shared/domain/types';
import { EVENT_STATUSES, type EventStatus } from '@shared/domain/vocabulary';
import { editNodeCommand } from '../../../commands/mapCommands';
import type { Selection } from '../../../state/selection';
import { AudienceExport } from '../common/AudienceExport';
import { failure } from '../common/failure';
import { usePendingRecord } from '../common/usePendingRecord';
import { AttendeeList } from './AttendeeList';

interface EventPanelProps {
  mapId: string;
  event: StakeNode;
  nodes: readonly StakeNode[];
  nodesById: ReadonlyMap<string, StakeNode>;
  relationships: readonly Relationship[];
  onSelect(selection: Selection): void;
}

export function EventPanel(props: EventPanelProps) {
  const { mapId, event, nodes, relationships } = props;
  const pending = usePendingRecord({ details: eventOf(event) });
  const details = pending.current.details;
  const title = event.label || '(no label)';
  // Each edit is applied to the event as shown, for the screen, and to the event as stored when
  // the write runs, so that details changed elsewhere and not yet shown here are kept.
  const save = (edit: (details: EventDetails) => EventDetails, label: string) => {
    pending.remember({ details: edit(details) });
    return editNodeCommand(
      mapId,
      event.id,
      (stored) => ({ event: edit(eventOf(stored)) }),
      label,
    ).catch((error: unknown) => {
      pending.forget();
      failure('Saving the event')(error);
    });
  };

  const start = dayOf(details.start);
  const end = dayOf(details.end);

  return (
    <section className="planning-panel event-panel" aria-label={`Event: ${title}`}>
      <h3>{title}</h3>
      <div className="field-pair">
        <label className="field">
          <span>Starts</span>
          <input
            type="date"
            value={start ?? ''}
            onChange={(change) => {
              const day = change.target.value;
              if (day) void save((current) => rescheduleEvent(current, day), `reschedule ${title}`);
              else void save((current) => ({ ...current, start: null }), `unschedule ${title}`);
            }}
          />
        </label>
        <label className="field">
          <span>Ends</span>
          <input
            type="date"
            value={end ?? ''}
            min={start ?? undefined}
            onChange={(change) => {
              const day = change.target.value || null;
              if (day && start && day < start) return;
              void save((current) => ({ ...current, end: day }), `edit ${title}`);
            }}
          />
        </label>
      </div>
      <label className="field">
        <span>Status</span>
        <select
          value={details.status ?? ''}
          onChange={(change) =>
            void save(
              (current) => ({
                ...current,
                status: (change.target.value || null) as EventStatus | null,
              }),
              `edit ${title}`,
            )
          }
        >
          <option value="">Not set</option>
          {EVENT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {humanise(status)}
            </option>
          ))}
        </select>
      </label>
      <AttendeeList
        mapId={mapId}
        event={event}
        nodes={nodes}
        nodesById={props.nodesById}
        relationships={relationships}
        onSelect={props.onSelect}
      />
      <AudienceExport title={title} list={eventAudienceList(event.id, nodes, relationships)} />
    </section>
  );
}
