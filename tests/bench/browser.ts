// Chromium for the benchmark: Debian's build found the way the browser suite finds it, a fresh
// profile per session, a 1280×800 viewport at device scale 1, and the probe injected into every
// page before the page's own scripts.

import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { chromiumLookup } from '../e2e/support/chromium';
import type { BaselineApi } from './baseline/baselineApi';
import type { BenchProbe } from './probe/probeApi';

/** The flags the issue fixes for every benchmark run. */
export const BENCH_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function benchChromiumPath(): string {
  if (!chromiumLookup.found) {
    throw new Error(`${chromiumLookup.reason} Install Debian's Chromium or set CHROMIUM_PATH.`);
  }
  return chromiumLookup.path;
}

export function chromiumVersion(): string {
  const output = execFileSync(benchChromiumPath(), ['--version'], { encoding: 'utf8' });
  return /(\d+\.\d+\.\d+\.\d+)/.exec(output)?.[1] ?? output.trim();
}

export interface BenchSession {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  close(): Promise<void>;
}

/** A new Chromium on a new, empty profile, showing `url`. */
export async function launchSession(url: string, probeSource: string): Promise<BenchSession> {
  const profile = await mkdtemp(join(tmpdir(), 'stakemap-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: benchChromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    acceptDownloads: true,
    args: BENCH_CHROMIUM_ARGS,
  });
  await context.addInitScript({ content: probeSource });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => console.warn(`  page error: ${error.message}`));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  let closed = false;
  return {
    context,
    page,
    cdp,
    close: async () => {
      if (closed) return;
      closed = true;
      await context.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** JS heap in use after a full garbage collection, in MB. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
  return used / (1024 * 1024);
}

type MethodsOf<T> = {
  [K in keyof T as T[K] extends (...args: never[]) => unknown ? K : never]: T[K];
};
type ArgsOf<F> = F extends (...args: infer A) => unknown ? A : never;
type ResultOf<F> = F extends (...args: never[]) => infer R ? Awaited<R> : never;
type ProbeMethods = MethodsOf<BenchProbe>;
type BaselineMethods = MethodsOf<BaselineApi>;

/** Calls one of the probe's methods in the page. */
export async function probe<K extends keyof ProbeMethods>(
  page: Page,
  name: K,
  ...args: ArgsOf<ProbeMethods[K]>
): Promise<ResultOf<ProbeMethods[K]>> {
  const result: unknown = await page.evaluate(
    ({ method, values }) => {
      const target = window.__stakemapBench;
      if (!target) throw new Error('The benchmark probe is not in this page.');
      const call = Reflect.get(target, method) as (...args: unknown[]) => unknown;
      return call.apply(target, values);
    },
    { method: name, values: args as unknown[] },
  );
  return result as ResultOf<ProbeMethods[K]>;
}

/** Calls one of the baseline page's functions. */
export async function baseline<K extends keyof BaselineMethods>(
  page: Page,
  name: K,
  ...args: ArgsOf<BaselineMethods[K]>
): Promise<ResultOf<BaselineMethods[K]>> {
  const result: unknown = await page.evaluate(
    ({ method, values }) => {
      const target = window.__stakemapBaseline;
      if (!target) throw new Error('The baseline page has not loaded.');
      const call = Reflect.get(target, method) as (...args: unknown[]) => unknown;
      return call.apply(target, values);
    },
    { method: name, values: args as unknown[] },
  );
  return result as ResultOf<BaselineMethods[K]>;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls the page until `read` gives a value that is not null; fails after `timeoutMs`. */
export async function pollPage<T>(
  page: Page,
  read: () => Promise<T | null>,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== null) return value;
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(50);
  }
}

/** Races a promise against a timer; the timer's loss is a rejection naming what timed out. */
export async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new TimeoutError(`${what} took longer than ${ms / 1000} s`)),
      ms,
    );
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export class TimeoutError extends Error {
  override name = 'TimeoutError';
}
