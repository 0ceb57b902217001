import { describe, expect, it } from 'vitest';
import {
  KEEP_DAYS,
  KEEP_LATEST,
  backupDateOf,
  backupFileNameFor,
  backupsToDelete,
} from '../../electron/main/backupRotation';
import { BACKUP_FILE_NAME_PATTERN } from '@shared/ipc/validation';

const NOW = new Date('2026-11-27T12:00:00.000Z');
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

function nameAt(msBeforeNow: number): string {
  return backupFileNameFor(new Date(NOW.getTime() - msBeforeNow));
}

function kept(names: string[]): string[] {
  const doomed = new Set(backupsToDelete(names, NOW));
  return names.filter((name) => !doomed.has(name));
}

describe('backup file names', () => {
  it('carry the time they were written, without characters Windows forbids', () => {
    const name = backupFileNameFor(new Date('2026-11-27T03:29:05.123Z'));
    expect(name).toBe('2026-11-27T03-29-05-123Z.stakemap.json');
    expect(name).not.toMatch(/[:\\/*?"<>|]/);
    expect(backupDateOf(name)?.toISOString()).toBe('2026-11-27T03:29:05.123Z');
  });

  it('are exactly what the IPC validation accepts for backup:read', () => {
    expect(BACKUP_FILE_NAME_PATTERN.test(backupFileNameFor(NOW))).toBe(true);
  });

  it.each(['map.json', '.2026-11-27T03-29-05-123Z.stakemap.json.ab12.tmp', 'notes.txt', ''])(
    'know %j is not a backup',
    (name) => {
      expect(backupDateOf(name)).toBeNull();
    },
  );
});

describe('backupsToDelete', () => {
  it(`keeps everything while there are at most ${KEEP_LATEST} backups`, () => {
    const names = Array.from({ length: KEEP_LATEST }, (_, i) => nameAt(i * 60_000));
    expect(backupsToDelete(names, NOW)).toEqual([]);
  });

  it(`keeps the newest ${KEEP_LATEST} of a busy day and drops the older ones of that day`, () => {
    const names = Array.from({ length: 25 }, (_, i) => nameAt(i * 60_000));
    expect(kept(names)).toEqual(names.slice(0, KEEP_LATEST));
  });

  it(`keeps one backup per day, the day's last, for ${KEEP_DAYS} days`, () => {
    // Three backups a day for 40 days, at 09:00, 13:00 and 17:00 on each earlier day.
    const names: string[] = [];
    for (let day = 1; day <= 40; day += 1) {
      for (const hoursBeforeNoon of [-5, -1, 3])
        names.push(nameAt(day * DAY + hoursBeforeNoon * HOUR));
    }
    const survivors = kept(names);
    const days = survivors.map((name) => name.slice(0, 10));
    // The newest ten, then one a day: no day older than 30 days, no day twice outside the ten.
    const outsideLatest = survivors.slice(KEEP_LATEST);
    expect(new Set(outsideLatest.map((name) => name.slice(0, 10))).size).toBe(outsideLatest.length);
    for (const name of survivors.slice(KEEP_LATEST)) {
      expect(NOW.getTime() - (backupDateOf(name)?.getTime() ?? 0)).toBeLessThan(KEEP_DAYS * DAY);
      expect(name).toMatch(/T17-00-00-000Z/);
    }
    expect(new Set(days).size).toBeGreaterThanOrEqual(KEEP_DAYS - 1);
    expect(survivors.length).toBeLessThanOrEqual(KEEP_LATEST + KEEP_DAYS);
  });

  it('never deletes a file it did not write', () => {
    const names = [
      ...Array.from({ length: 30 }, (_, i) => nameAt(i * 60_000)),
      'map.json',
      'notes.txt',
      '.tmp',
    ];
    const doomed = backupsToDelete(names, NOW);
    expect(doomed).toHaveLength(20);
    expect(doomed).not.toContain('map.json');
    expect(doomed).not.toContain('notes.txt');
  });

  it('keeps the newest ten even when they are all older than the day window', () => {
    const names = Array.from({ length: 12 }, (_, i) => nameAt(60 * DAY + i * HOUR));
    expect(kept(names)).toEqual(names.slice(0, KEEP_LATEST));
  });
});
