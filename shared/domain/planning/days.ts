// Calendar days and months as plain strings ('2010-02-03', '2010-02'), with the arithmetic the
// planning views need. Days are counted in UTC so that no time zone or daylight-saving change can
// make a day 23 hours long or move an event to the day before.

import type { DateString } from '../types';

/** A calendar day, 'YYYY-MM-DD'. */
export type Day = string;
/** A calendar month, 'YYYY-MM'. */
export type Month = string;

const DAY_MS = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})/;

function toUtc(day: Day): number {
  const match = DAY_PATTERN.exec(day);
  if (!match) return Number.NaN;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

function fromUtc(time: number): Day {
  return new Date(time).toISOString().slice(0, 10);
}

/** The calendar day a stored date falls on (a date-time keeps its written date), or null. */
export function dayOf(date: DateString | null | undefined): Day | null {
  if (!date) return null;
  const day = date.slice(0, 10);
  const time = toUtc(day);
  return Number.isNaN(time) || fromUtc(time) !== day ? null : day;
}

export function addDays(day: Day, count: number): Day {
  return fromUtc(toUtc(day) + count * DAY_MS);
}

/** How many days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: Day, to: Day): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

export function monthOf(day: Day): Month {
  return day.slice(0, 7);
}

export function addMonths(month: Month, count: number): Month {
  const [year = 0, index = 1] = month.split('-').map(Number);
  const total = year * 12 + (index - 1) + count;
  const nextYear = Math.floor(total / 12);
  const nextIndex = total - nextYear * 12 + 1;
  return `${String(nextYear).padStart(4, '0')}-${String(nextIndex).padStart(2, '0')}`;
}

export function firstDayOf(month: Month): Day {
  return `${month}-01`;
}

export function lastDayOf(month: Month): Day {
  return addDays(firstDayOf(addMonths(month, 1)), -1);
}

/** Monday is 0, Sunday 6: the week starts on Monday, as in the UK where the first user works. */
export function weekdayOf(day: Day): number {
  return (new Date(toUtc(day)).getUTCDay() + 6) % 7;
}

/** The weeks a month view shows: whole Monday-to-Sunday weeks covering the month. */
export function monthWeeks(month: Month): Day[][] {
  const first = firstDayOf(month);
  const last = lastDayOf(month);
  const weeks: Day[][] = [];
  let day = addDays(first, -weekdayOf(first));
  while (day <= last) {
    const week: Day[] = [];
    for (let index = 0; index < 7; index += 1) {
      week.push(day);
      day = addDays(day, 1);
    }
    weeks.push(week);
  }
  return weeks;
}

/** The day in the local calendar of the person using the app. */
export function localDay(now: Date): Day {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Days as people read them: "3 February 2010", in the UTC calendar so the day never shifts. */
export function formatDay(day: Day, style: 'long' | 'medium' | 'short' = 'long'): string {
  const time = toUtc(day);
  if (Number.isNaN(time)) return day;
  const options: Intl.DateTimeFormatOptions =
    style === 'short'
      ? { day: 'numeric', month: 'short', timeZone: 'UTC' }
      : {
          day: 'numeric',
          month: style === 'long' ? 'long' : 'short',
          year: 'numeric',
          timeZone: 'UTC',
        };
  return new Intl.DateTimeFormat('en-GB', options).format(time);
}

export function formatMonth(month: Month, style: 'long' | 'short' = 'long'): string {
  const time = toUtc(firstDayOf(month));
  if (Number.isNaN(time)) return month;
  return new Intl.DateTimeFormat('en-GB', {
    month: style,
    year: 'numeric',
    timeZone: 'UTC',
  }).format(time);
}
