// When backups are written: once a map has been quiet for the delay, at once when its editor
// closes, never twice for one burst, and again after a failure.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BACKUP_DELAY_MS,
  changedMaps,
  createBackupScheduler,
  mapsNeedingBackup,
} from '../../../renderer/data/backupScheduler';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

function scheduler() {
  const backUp = vi.fn(async (_mapId: string) => undefined);
  const onError = vi.fn();
  return { backUp, onError, scheduler: createBackupScheduler({ backUp, onError }) };
}

describe('the backup scheduler', () => {
  it('backs a map up once, a few seconds after the last of a burst of changes', async () => {
    const { backUp, scheduler: s } = scheduler();
    for (let i = 0; i < 20; i += 1) {
      s.changed('m1');
      await vi.advanceTimersByTimeAsync(1_000);
    }
    expect(backUp).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(BACKUP_DELAY_MS);
    expect(backUp.mock.calls).toEqual([['m1']]);
  });

  it('keeps separate timers for separate maps', async () => {
    const { backUp, scheduler: s } = scheduler();
    s.changed('m1');
    await vi.advanceTimersByTimeAsync(3_000);
    s.changed('m2');
    await vi.advanceTimersByTimeAsync(BACKUP_DELAY_MS - 3_000);
    expect(backUp.mock.calls).toEqual([['m1']]);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(backUp.mock.calls).toEqual([['m1'], ['m2']]);
  });

  it('backs up at once when the editor closes, and not again when the timer would fire', async () => {
    const { backUp, scheduler: s } = scheduler();
    s.changed('m1');
    await s.flush('m1');
    expect(backUp.mock.calls).toEqual([['m1']]);
    await vi.advanceTimersByTimeAsync(BACKUP_DELAY_MS * 2);
    expect(backUp).toHaveBeenCalledOnce();
  });

  it('does nothing on close when nothing changed', async () => {
    const { backUp, scheduler: s } = scheduler();
    await s.flush('m1');
    expect(backUp).not.toHaveBeenCalled();
  });

  it('flushes every waiting map when the window goes away', async () => {
    const { backUp, scheduler: s } = scheduler();
    s.changed('m1');
    s.changed('m2');
    expect(s.pending().sort()).toEqual(['m1', 'm2']);
    await s.flushAll();
    expect(backUp.mock.calls.map(([id]) => id).sort()).toEqual(['m1', 'm2']);
    expect(s.pending()).toEqual([]);
  });

  it('reports a failed backup and tries again on the next change', async () => {
    const { backUp, onError, scheduler: s } = scheduler();
    backUp.mockRejectedValueOnce(new Error('ENOSPC'));
    s.changed('m1');
    await vi.advanceTimersByTimeAsync(BACKUP_DELAY_MS);
    expect(onError).toHaveBeenCalledWith('m1', expect.any(Error));
    s.changed('m1');
    await vi.advanceTimersByTimeAsync(BACKUP_DELAY_MS);
    expect(backUp).toHaveBeenCalledTimes(2);
  });

  it('stops after dispose', async () => {
    const { backUp, scheduler: s } = scheduler();
    s.changed('m1');
    s.dispose();
    s.changed('m2');
    await vi.advanceTimersByTimeAsync(BACKUP_DELAY_MS * 2);
    expect(backUp).not.toHaveBeenCalled();
  });
});

describe('which maps need a backup', () => {
  const maps = [
    { id: 'm1', updatedAt: '2026-11-27T01:00:00.000Z' },
    { id: 'm2', updatedAt: '2026-11-27T02:00:00.000Z' },
    { id: 'm3', updatedAt: '2026-11-27T03:00:00.000Z' },
  ];

  it('at start-up: those changed since their newest backup, and those never backed up', () => {
    const backedUp = new Map([
      ['m1', '2026-11-27T01:00:00.000Z'],
      ['m2', '2026-11-27T01:30:00.000Z'],
    ]);
    expect(mapsNeedingBackup(maps, backedUp)).toEqual(['m2', 'm3']);
  });

  it('later: those whose version changed, and new ones', () => {
    const before = new Map([
      ['m1', '2026-11-27T01:00:00.000Z'],
      ['m2', '2026-11-27T01:00:00.000Z'],
    ]);
    expect(changedMaps(before, maps)).toEqual(['m2', 'm3']);
  });
});
