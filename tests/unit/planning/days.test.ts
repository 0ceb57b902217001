// Calendar day arithmetic on 'YYYY-MM-DD' strings: no time zone may move a day.

import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  dayOf,
  daysBetween,
  formatDay,
  formatMonth,
  lastDayOf,
  localDay,
  monthWeeks,
  weekdayOf,
} from '@shared/domain/planning/days';

describe('days', () => {
  it('reads the day of a date or date-time and refuses impossible ones', () => {
    expect(dayOf('2010-02-03')).toBe('2010-02-03');
    expect(dayOf('2010-02-03T23:30:00+01:00')).toBe('2010-02-03');
    expect(dayOf('2010-02-30')).toBeNull();
    expect(dayOf('soon')).toBeNull();
    expect(dayOf(null)).toBeNull();
  });

  it('adds days and months across month, year and leap-year ends', () => {
    expect(addDays('2010-01-31', 1)).toBe('2010-02-01');
    expect(addDays('2012-02-28', 1)).toBe('2012-02-29');
    expect(addDays('2010-03-28', 1)).toBe('2010-03-29');
    expect(daysBetween('2010-01-19', '2010-02-03')).toBe(15);
    expect(addMonths('2010-11', 3)).toBe('2011-02');
    expect(addMonths('2010-01', -1)).toBe('2009-12');
    expect(lastDayOf('2012-02')).toBe('2012-02-29');
  });

  it('lays a month out in whole Monday-to-Sunday weeks', () => {
    const weeks = monthWeeks('2010-02');
    expect(weeks).toHaveLength(4);
    expect(weeks[0]?.[0]).toBe('2010-02-01');
    expect(weekdayOf('2010-02-01')).toBe(0);
    const march = monthWeeks('2010-03');
    expect(march[0]?.[0]).toBe('2010-03-01');
    expect(march.at(-1)?.[6]).toBe('2010-04-04');
  });

  it('formats days and months in British English', () => {
    expect(formatDay('2010-02-03')).toBe('3 February 2010');
    expect(formatDay('2010-02-03', 'short')).toBe('3 Feb');
    expect(formatMonth('2010-02')).toBe('February 2010');
  });

  it("takes today from the user's local calendar", () => {
    expect(localDay(new Date(2010, 1, 3, 23, 59))).toBe('2010-02-03');
  });
});
