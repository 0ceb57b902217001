// When the disk is full, a write fails as a whole: the user is told plainly what happened and
// what to do, the earlier data is all still there, and the next write works once there is room.

import { configure, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/data/db';
import { loadBundle, rehomeBundle, saveNewBundle } from '../../../renderer/data/mapRepository';
import { updateNode } from '../../../renderer/data/nodeRepository';
import { getSaveStatus } from '../../../renderer/data/saveStatus';
import { SaveIndicator } from '../../../renderer/features/editor/SaveIndicator';
import { aBundle } from '../../factories/records';

configure({ asyncUtilTimeout: 10_000 });

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await saveNewBundle(rehomeBundle(aBundle(), 'm1', 'Data panel', '2026-01-01T00:00:00.000Z'));
});

afterEach(() => {
  vi.restoreAllMocks();
});

function quotaExceeded(): Error {
  return Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
}

describe('a full disk', { timeout: 30_000 }, () => {
  it('says so in the save indicator, loses nothing, and recovers on the next write', async () => {
    const before = await loadBundle('m1');
    render(<SaveIndicator />);
    // Inside a transaction Dexie hands out transaction-bound tables, so the failure goes on the
    // shared Table prototype: the next bulk write of any table (the node's) fails as a full disk
    // does.
    const tablePrototype = Object.getPrototypeOf(db.nodes) as typeof db.nodes;
    vi.spyOn(tablePrototype, 'bulkPut').mockRejectedValueOnce(quotaExceeded());

    await expect(updateNode('m1', 'n1', { label: 'Never written' })).rejects.toThrow(/quota/);
    expect(
      await screen.findByText(
        'The disk is full, so the last change was not saved. Free some space, then try again.',
      ),
    ).toBeInTheDocument();
    expect(getSaveStatus()).toMatchObject({ pending: 0 });
    // The failed transaction left everything as it was, the map's "changed" time included.
    expect(await loadBundle('m1')).toEqual(before);

    await updateNode('m1', 'n1', { label: 'Written once there was room' });
    expect(await screen.findByText('All changes saved')).toBeInTheDocument();
    expect((await db.nodes.get(['m1', 'n1']))?.label).toBe('Written once there was room');
  });
});
