// Six months at a glance: each event a bar from its start to its end, each action a diamond on
// its due date, one row per item in date order. A month's name opens it in the month view; its
// "People" button shows who is involved in that month in the network view.

import {
  daysBetween,
  firstDayOf,
  formatDay,
  formatMonth,
  lastDayOf,
  type Day,
  type Month,
} from '@shared/domain/planning/days';
import { itemsBetween, type CalendarItem } from '@shared/domain/planning/calendar';
import { describeItem, itemClass } from './ItemChip';

interface SixMonthTimelineProps {
  months: readonly Month[];
  items: readonly CalendarItem[];
  today: Day;
  selectedId: string | null;
  involvedCount(month: Month): number;
  onSelect(item: CalendarItem): void;
  onOpenMonth(month: Month): void;
  onShowMonth(month: Month): void;
}

export function SixMonthTimeline(props: SixMonthTimelineProps) {
  const { months, items, today, selectedId } = props;
  const first = firstDayOf(months[0] ?? '');
  const last = lastDayOf(months.at(-1) ?? '');
  const total = daysBetween(first, last) + 1;
  const percent = (day: Day) => `${(daysBetween(first, day) / total) * 100}%`;
  const shown = itemsBetween(items, first, last);
  const monthWidth = (month: Month) =>
    `${((daysBetween(firstDayOf(month), lastDayOf(month)) + 1) / total) * 100}%`;

  return (
    <div
      className="timeline"
      role="group"
      aria-label={`Six months from ${formatMonth(months[0] ?? '')}`}
    >
      <div className="timeline-row timeline-head">
        <div className="timeline-label" />
        <div className="timeline-track">
          {months.map((month) => (
            <div
              key={month}
              className="timeline-month"
              style={{ left: percent(firstDayOf(month)), width: monthWidth(month) }}
            >
              <button
                type="button"
                className="link-button"
                onClick={() => props.onOpenMonth(month)}
              >
                {formatMonth(month, 'short')}
              </button>
              <button
                type="button"
                className="timeline-people"
                disabled={props.involvedCount(month) === 0}
                onClick={() => props.onShowMonth(month)}
              >
                People ({props.involvedCount(month)}){' '}
                <span className="visually-hidden">
                  involved in {formatMonth(month)}: show them in the network
                </span>
              </button>
            </div>
          ))}
        </div>
      </div>
      {shown.length === 0 && (
        <p className="muted timeline-empty">Nothing is scheduled in these six months.</p>
      )}
      <ol className="timeline-items" aria-label="Scheduled">
        {shown.map((item) => {
          const start = item.start < first ? first : item.start;
          const end = item.end > last ? last : item.end;
          const width = `${((daysBetween(start, end) + 1) / total) * 100}%`;
          return (
            <li key={`${item.type}:${item.id}`} className="timeline-row">
              <div className="timeline-label" title={item.title}>
                <span className="timeline-date">{formatDay(item.start, 'short')}</span> {item.title}
              </div>
              <div className="timeline-track">
                {months.map((month) => (
                  <span
                    key={month}
                    className="timeline-gridline"
                    style={{ left: percent(firstDayOf(month)) }}
                  />
                ))}
                <button
                  type="button"
                  className={`${itemClass(item)} timeline-bar${item.id === selectedId ? ' selected' : ''}`}
                  style={{ left: percent(start), width: item.type === 'event' ? width : undefined }}
                  aria-label={describeItem(item)}
                  aria-pressed={item.id === selectedId}
                  title={describeItem(item)}
                  onClick={() => props.onSelect(item)}
                >
                  {item.type === 'action' ? '◆' : ''}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {today >= first && today <= last && (
        <div
          className="timeline-today"
          style={{
            left: `calc(var(--timeline-label) + (100% - var(--timeline-label)) * ${daysBetween(first, today) / total})`,
          }}
          aria-hidden="true"
        />
      )}
    </div>
  );
}
