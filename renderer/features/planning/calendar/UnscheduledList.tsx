// Plans without a date yet: events with no start and open actions with no due date. Each can be
// dragged onto a day of the month view, or given a date here by keyboard.

import type { UndatedItem } from '@shared/domain/planning/calendar';
import { startItemDrag } from './calendarDrag';

interface UnscheduledListProps {
  items: readonly UndatedItem[];
  selectedId: string | null;
  onSelect(item: UndatedItem): void;
  onSchedule(item: UndatedItem, day: string): void;
}

export function UnscheduledList({ items, selectedId, onSelect, onSchedule }: UnscheduledListProps) {
  return (
    <section className="planning-panel unscheduled" aria-labelledby="unscheduled-heading">
      <h3 id="unscheduled-heading">Not yet scheduled ({items.length})</h3>
      {items.length === 0 ? (
        <p className="muted">Every event and open action has a date.</p>
      ) : (
        <ul aria-label="Not yet scheduled">
          {items.map((item) => {
            const kind = item.type === 'event' ? 'Event' : 'Action';
            return (
              <li key={`${item.type}:${item.id}`} className="unscheduled-item">
                <button
                  type="button"
                  draggable
                  className={`item-chip item-${item.type}${item.id === selectedId ? ' selected' : ''}`}
                  aria-label={`${kind}: ${item.title}, not yet scheduled`}
                  onDragStart={(event) => startItemDrag(event, item)}
                  onClick={() => onSelect(item)}
                >
                  {item.type === 'action' && <span aria-hidden="true">◆ </span>}
                  {item.title}
                </button>
                <input
                  type="date"
                  aria-label={`Schedule ${item.title}`}
                  value=""
                  onChange={(event) => {
                    if (event.target.value) onSchedule(item, event.target.value);
                  }}
                />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
