// A month as a calendar page, Monday first. Each day's number is a button that creates an event
// on that day; items are chips that can be dragged to another day, which reschedules them.

import {
  formatDay,
  formatMonth,
  monthOf,
  monthWeeks,
  weekdayOf,
  type Day,
  type Month,
} from '@shared/domain/planning/days';
import type { CalendarItem } from '@shared/domain/planning/calendar';
import type { DraggedItem } from './calendarDrag';
import { dropTarget } from './calendarDrag';
import { ItemChip } from './ItemChip';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

interface MonthGridProps {
  month: Month;
  items: readonly CalendarItem[];
  today: Day;
  selectedId: string | null;
  onSelect(item: CalendarItem): void;
  onPickDay(day: Day): void;
  onDrop(item: DraggedItem, day: Day): void;
}

export function MonthGrid(props: MonthGridProps) {
  const { month, items, today, selectedId } = props;
  const weeks = monthWeeks(month);
  return (
    <table className="month-grid" aria-label={formatMonth(month)}>
      <thead>
        <tr>
          {WEEKDAYS.map((weekday) => (
            <th key={weekday} scope="col">
              {weekday}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0]}>
            {week.map((day) => {
              const here = items.filter((item) => item.start <= day && item.end >= day);
              const outside = monthOf(day) !== month;
              return (
                <td
                  key={day}
                  className={`month-day${outside ? ' outside' : ''}${day === today ? ' today' : ''}`}
                  {...dropTarget((item) => props.onDrop(item, day))}
                >
                  <button
                    type="button"
                    className="day-number"
                    aria-label={`${formatDay(day)}: add an event`}
                    onClick={() => props.onPickDay(day)}
                  >
                    {Number(day.slice(8))}
                  </button>
                  <div className="day-items">
                    {here.map((item) => (
                      <ItemChip
                        key={`${item.type}:${item.id}`}
                        item={item}
                        selected={item.id === selectedId}
                        onSelect={props.onSelect}
                        // A multi-day event is named on its first day and again each Monday.
                        continuation={item.start < day && weekdayOf(day) !== 0}
                      />
                    ))}
                  </div>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
