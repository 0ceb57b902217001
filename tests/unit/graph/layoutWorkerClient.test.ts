// Which layout worker a layout runs in: while an editor holds one ready, a worker is started
// before the first layout and kept for the next; a cancelled or broken one is never reused; with
// nobody holding one, a layout's worker stops when it is done. Node has no Worker, so a stand-in
// that computes the layout the way the real worker does (computeLayout) takes its place here; the
// browser tests run the real one.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { computeLayout } from '../../../renderer/graph/computeLayout';
import type { LayoutGraph } from '../../../renderer/graph/layoutGraph';
import type { LayoutRequest } from '../../../renderer/graph/layoutMessages';

type Client = typeof import('../../../renderer/graph/layoutWorkerClient');

/** Every stand-in worker started, in order. */
let started: StandInWorker[] = [];

class StandInWorker extends EventTarget {
  terminated = false;
  /** Layouts asked of this worker. */
  requests = 0;

  constructor() {
    super();
    started.push(this);
  }

  postMessage({ name, graph }: LayoutRequest): void {
    this.requests += 1;
    // Answers in a later task, as a worker does; a terminated worker never answers.
    setTimeout(() => {
      if (this.terminated) return;
      const positions = computeLayout(name, graph);
      this.dispatchEvent(new MessageEvent('message', { data: { type: 'done', positions } }));
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }

  /** As when the worker's code fails to load. */
  fail(): void {
    this.dispatchEvent(new Event('error'));
  }
}

/** Three nodes in a row, the first linked to the other two. */
const aGraph = (): LayoutGraph => ({
  positions: Float64Array.from([0, 0, 10, 0, 20, 0]),
  edges: Uint32Array.from([0, 1, 0, 2]),
});

let client: Client;

beforeEach(async () => {
  started = [];
  vi.stubGlobal('Worker', StandInWorker);
  // The ready worker is module state: each test starts from a fresh module.
  vi.resetModules();
  client = await import('../../../renderer/graph/layoutWorkerClient');
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('layout workers', () => {
  it('starts a worker before the first layout while held, and keeps it for the next', async () => {
    const release = client.keepLayoutWorkerReady();
    expect(started).toHaveLength(1);

    const first = await client.layoutInWorker('grid', aGraph());
    const second = await client.layoutInWorker('circle', aGraph());

    expect(first).toHaveLength(6);
    expect(second).toHaveLength(6);
    expect(started).toHaveLength(1);
    expect(started[0]?.requests).toBe(2);
    expect(started[0]?.terminated).toBe(false);
    release();
    expect(started[0]?.terminated).toBe(true);
  });

  it('stops a layout’s worker when it is done if nobody holds one ready', async () => {
    await client.layoutInWorker('grid', aGraph());

    expect(started).toHaveLength(1);
    expect(started[0]?.terminated).toBe(true);
  });

  it('keeps the worker until the last holder lets go', async () => {
    const releaseOne = client.keepLayoutWorkerReady();
    const releaseOther = client.keepLayoutWorkerReady();
    releaseOne();
    releaseOne();
    expect(started[0]?.terminated).toBe(false);

    releaseOther();

    expect(started).toHaveLength(1);
    expect(started[0]?.terminated).toBe(true);
  });

  it('terminates a cancelled layout’s worker and starts another to wait in its place', async () => {
    const release = client.keepLayoutWorkerReady();
    const controller = new AbortController();
    const running = client.layoutInWorker('force', aGraph(), { signal: controller.signal });

    controller.abort();

    await expect(running).rejects.toSatisfy(client.isCancelled);
    expect(started).toHaveLength(2);
    expect(started[0]?.terminated).toBe(true);
    await client.layoutInWorker('grid', aGraph());
    expect(started).toHaveLength(2);
    expect(started[1]?.requests).toBe(1);
    release();
  });

  it('does not hand a layout to a waiting worker that failed; a new one runs it', async () => {
    const release = client.keepLayoutWorkerReady();
    started[0]?.fail();

    const positions = await client.layoutInWorker('grid', aGraph());

    expect(positions).toHaveLength(6);
    expect(started).toHaveLength(2);
    expect(started[0]?.requests).toBe(0);
    expect(started[0]?.terminated).toBe(true);
    expect(started[1]?.terminated).toBe(false);
    release();
  });

  it('rejects with the reason when the worker fails during a layout, and does not reuse it', async () => {
    const release = client.keepLayoutWorkerReady();
    const running = client.layoutInWorker('grid', aGraph());
    started[0]?.fail();

    await expect(running).rejects.toThrow('The layout could not run: the worker failed.');
    expect(started[0]?.terminated).toBe(true);
    // Another waits in its place.
    expect(started).toHaveLength(2);
    expect(started[1]?.terminated).toBe(false);
    release();
  });
});
