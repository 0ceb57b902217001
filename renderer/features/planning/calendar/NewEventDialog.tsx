// Creates an event on the day the user picked: a name, the day (changeable), an optional end and
// a status. The event appears on the calendar and on the network map. Rendered only while open,
// with the day as its key, so each opening starts afresh from the picked day.

import { useState } from 'react';
import { FormDialog } from '../../../components/FormDialog';
import { humanise } from '@shared/domain/labels';
import { formatDay, type Day } from '@shared/domain/planning/days';
import { EVENT_STATUSES, type EventStatus } from '@shared/domain/vocabulary';

export interface NewEvent {
  label: string;
  start: Day;
  end: Day | null;
  status: EventStatus;
}

interface NewEventDialogProps {
  day: Day;
  onClose(): void;
  onCreate(event: NewEvent): void;
}

export function NewEventDialog({ day, onClose, onCreate }: NewEventDialogProps) {
  const [label, setLabel] = useState('');
  const [start, setStart] = useState(day);
  const [end, setEnd] = useState('');
  const [status, setStatus] = useState<EventStatus>('planned');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = () => {
    if (label.trim() === '') return setProblem('Give the event a name.');
    if (!start) return setProblem('Enter the day it starts.');
    if (end && end < start) return setProblem('The end is before the start.');
    onCreate({ label: label.trim(), start, end: end || null, status });
  };

  return (
    <FormDialog
      open
      title="New event"
      description={`On ${formatDay(day)}. It is added to the map as an event node.`}
      submitLabel="Create event"
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      onSubmit={submit}
    >
      <label className="field">
        <span>Event name</span>
        <input type="text" value={label} onChange={(e) => setLabel(e.target.value)} />
      </label>
      <div className="field-pair">
        <label className="field">
          <span>Starts</span>
          <input type="date" required value={start} onChange={(e) => setStart(e.target.value)} />
        </label>
        <label className="field">
          <span>Ends (optional)</span>
          <input type="date" value={end} onChange={(e) => setEnd(e.target.value)} />
        </label>
      </div>
      <label className="field">
        <span>Status</span>
        <select value={status} onChange={(e) => setStatus(e.target.value as EventStatus)}>
          {EVENT_STATUSES.map((value) => (
            <option key={value} value={value}>
              {humanise(value)}
            </option>
          ))}
        </select>
      </label>
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
    </FormDialog>
  );
}
