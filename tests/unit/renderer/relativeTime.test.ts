import { describe, expect, it } from 'vitest';
import { describeWhen, pluralise } from '../../../renderer/components/relativeTime';

describe('relative times', () => {
  const now = new Date('2026-03-10T12:00:00Z');

  it('says "just now" for the last minute and counts minutes, hours and days after', () => {
    expect(describeWhen('2026-03-10T11:59:30Z', now)).toBe('just now');
    expect(describeWhen('2026-03-10T11:55:00Z', now)).toMatch(/5 minutes ago/);
    expect(describeWhen('2026-03-10T09:00:00Z', now)).toMatch(/3 hours ago/);
    expect(describeWhen('2026-03-08T12:00:00Z', now)).toMatch(/2 days ago/);
  });

  it('gives a date for anything older than a week, and copes with garbage', () => {
    expect(describeWhen('2025-12-01T00:00:00Z', now)).toMatch(/^on .*2025/);
    expect(describeWhen('not a date', now)).toBe('at an unknown time');
  });

  it('pluralises counts', () => {
    expect(pluralise(1, 'node')).toBe('1 node');
    expect(pluralise(3, 'relationship')).toBe('3 relationships');
  });
});
