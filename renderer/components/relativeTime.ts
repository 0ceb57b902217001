// "Changed 5 minutes ago": short relative times for recent changes, a date for older ones. Uses
// the platform's Intl formatters, which follow the user's locale.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function describeWhen(timestamp: string, now: Date = new Date()): string {
  const then = new Date(timestamp);
  const elapsed = now.getTime() - then.getTime();
  if (Number.isNaN(elapsed)) return 'at an unknown time';
  const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
  if (elapsed < MINUTE) return 'just now';
  if (elapsed < HOUR) return relative.format(-Math.round(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return relative.format(-Math.round(elapsed / HOUR), 'hour');
  if (elapsed < 7 * DAY) return relative.format(-Math.round(elapsed / DAY), 'day');
  return `on ${new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(then)}`;
}

export function pluralise(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
