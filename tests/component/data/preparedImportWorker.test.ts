// The import worker prepared while the user chooses a file: the read that follows uses it, one
// whose code failed to load is replaced rather than waited on for ever, and one let go is gone.
// jsdom has no Worker, so a stand-in answers as the real worker does; the browser suite
// (tests/e2e/importWorker.e2e.test.ts) runs the real one.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportReply, ImportRequest } from '../../../renderer/data/importing/importMessages';

class StandInWorker {
  static started: StandInWorker[] = [];
  terminated = false;
  private readonly listeners = new Map<string, Array<(event: unknown) => void>>();

  constructor() {
    StandInWorker.started.push(this);
  }

  addEventListener(type: string, listener: (event: unknown) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  removeEventListener() {}

  /** As a worker whose script could not be loaded. */
  failToLoad() {
    for (const listener of this.listeners.get('error') ?? []) listener({ message: '' });
  }

  postMessage(request: ImportRequest) {
    const reply: ImportReply = {
      type: 'failed',
      message: `read ${request.type} in worker ${StandInWorker.started.indexOf(this)}`,
    };
    setTimeout(() => {
      for (const listener of this.listeners.get('message') ?? []) listener({ data: reply });
    });
  }

  terminate() {
    this.terminated = true;
  }
}

const request: ImportRequest = {
  type: 'file',
  file: { name: 'partners.stakemap.json', text: '{}' },
  mapId: 'm1',
  now: '2026-01-01T00:00:00.000Z',
};

async function loadReader() {
  return import('../../../renderer/data/importing/readImportInWorker');
}

beforeEach(() => {
  StandInWorker.started = [];
  vi.stubGlobal('Worker', StandInWorker);
  vi.resetModules();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the prepared import worker', () => {
  it('reads the file chosen next, without starting another', async () => {
    const { prepareImportWorker, readImportInWorker } = await loadReader();
    prepareImportWorker();
    prepareImportWorker();
    expect(StandInWorker.started).toHaveLength(1);

    await expect(readImportInWorker(request)).rejects.toThrow('read file in worker 0');
    expect(StandInWorker.started).toHaveLength(1);
    expect(StandInWorker.started[0]?.terminated).toBe(true);
  });

  it('is replaced when its code failed to load, so the read still happens', async () => {
    const { prepareImportWorker, readImportInWorker } = await loadReader();
    prepareImportWorker();
    StandInWorker.started[0]?.failToLoad();

    await expect(readImportInWorker(request)).rejects.toThrow('read file in worker 1');
    expect(StandInWorker.started.map((worker) => worker.terminated)).toEqual([true, true]);
  });

  it('is gone once let go, and the next read starts its own', async () => {
    const { prepareImportWorker, readImportInWorker, releaseImportWorker } = await loadReader();
    prepareImportWorker();
    releaseImportWorker();
    expect(StandInWorker.started[0]?.terminated).toBe(true);

    await expect(readImportInWorker(request)).rejects.toThrow('read file in worker 1');
  });
});
