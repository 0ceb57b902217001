// Which date strings a file may hold: ISO 8601 calendar dates (2010-01-28) and date-times
// (2010-01-28T18:30:00.000Z). Checked by hand so that impossible days such as 2010-02-30 fail.

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

function parts(text: string): { hasTime: boolean; hasZone: boolean } | null {
  const match = DATE_TIME.exec(text);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, zone] = match;
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(Number(year), m)) return null;
  if (hour !== undefined && (Number(hour) > 23 || Number(minute) > 59)) return null;
  if (second !== undefined && Number(second) > 59) return null;
  if (zone !== undefined && zone !== 'Z') {
    const [zoneHours, zoneMinutes] = zone.slice(1).split(':').map(Number);
    if ((zoneHours ?? 0) > 23 || (zoneMinutes ?? 0) > 59) return null;
  }
  return { hasTime: hour !== undefined, hasZone: zone !== undefined };
}

/** A calendar date or a date-time, with or without a time zone: what events and actions hold. */
export function isIsoDate(text: string): boolean {
  return parts(text) !== null;
}

/** A date-time with a time zone, as `Date.prototype.toISOString` writes: when a record changed. */
export function isIsoTimestamp(text: string): boolean {
  const found = parts(text);
  return found !== null && found.hasTime && found.hasZone;
}
