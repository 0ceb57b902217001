// An event's dates, place and status. An end before the start is refused at the field.

import { CommitTextField } from '../../../components/CommitTextField';
import { optionsOf } from '../../../components/fields/options';
import { SelectField } from '../../../components/fields/SelectField';
import { eventOf } from '@shared/domain/details';
import type { EventDetails, StakeNode } from '@shared/domain/types';
import { checkDateRange } from '@shared/domain/validation';
import { EVENT_STATUSES } from '@shared/domain/vocabulary';
import type { NodeUpdate } from '../../../data/nodeRepository';

interface EventFieldsProps {
  node: StakeNode;
  save(update: NodeUpdate): Promise<boolean>;
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

export function EventFields({ node, save }: EventFieldsProps) {
  const event = eventOf(node);
  // From the stored group, not the one on screen, so quick successive edits all land.
  const update = (changes: Partial<EventDetails>) =>
    save((stored) => ({ event: { ...eventOf(stored), ...changes } }));
  return (
    <fieldset className="inspector-section">
      <legend>Event</legend>
      <div className="field-pair">
        <CommitTextField
          label="Start"
          type="date"
          value={event.start ?? ''}
          validate={(start) => checkDateRange(orNull(start), event.end)}
          onCommit={(start) => update({ start: orNull(start) })}
        />
        <CommitTextField
          label="End"
          type="date"
          value={event.end ?? ''}
          validate={(end) => checkDateRange(event.start, orNull(end))}
          onCommit={(end) => update({ end: orNull(end) })}
        />
      </div>
      <CommitTextField
        label="Location"
        value={event.location}
        onCommit={(location) => update({ location })}
      />
      <SelectField
        label="Status"
        value={event.status}
        options={optionsOf(EVENT_STATUSES)}
        emptyLabel="Not set"
        onChange={(status) => update({ status })}
      />
    </fieldset>
  );
}
