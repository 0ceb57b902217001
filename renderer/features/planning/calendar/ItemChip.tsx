// One event or action on the calendar: a button that selects it and can be dragged to another
// day. Its name says what it is and when, so a screen reader hears the same as the eye sees.

import { formatDay } from '@shared/domain/planning/days';
import type { CalendarItem } from '@shared/domain/planning/calendar';
import { startItemDrag } from './calendarDrag';

interface ItemChipProps {
  item: CalendarItem;
  selected: boolean;
  onSelect(item: CalendarItem): void;
  /** Shown on days after the first of a multi-day event: a slimmer "continues" chip. */
  continuation?: boolean;
}

export function describeItem(item: CalendarItem): string {
  const when =
    item.start === item.end
      ? formatDay(item.start)
      : `${formatDay(item.start)} to ${formatDay(item.end)}`;
  if (item.type === 'event') {
    return `Event: ${item.title}, ${when}${item.status ? ` (${item.status})` : ''}`;
  }
  const state = item.done ? ' (done)' : item.overdue ? ' (overdue)' : '';
  return `Action due: ${item.title}, ${when}${state}`;
}

export function itemClass(item: CalendarItem): string {
  if (item.type === 'event') return `item-chip item-event status-${item.status ?? 'none'}`;
  return `item-chip item-action${item.done ? ' is-done' : ''}${item.overdue ? ' is-overdue' : ''}`;
}

export function ItemChip({ item, selected, onSelect, continuation = false }: ItemChipProps) {
  if (continuation) {
    return (
      <span className={`${itemClass(item)} item-continues`} aria-hidden="true" title={item.title} />
    );
  }
  return (
    <button
      type="button"
      draggable
      className={`${itemClass(item)}${selected ? ' selected' : ''}`}
      aria-label={describeItem(item)}
      aria-pressed={selected}
      title={describeItem(item)}
      onDragStart={(event) => startItemDrag(event, { type: item.type, id: item.id })}
      onClick={() => onSelect(item)}
    >
      {item.type === 'action' && <span aria-hidden="true">◆ </span>}
      {item.title}
    </button>
  );
}
