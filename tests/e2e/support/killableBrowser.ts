// A Chromium the test starts itself, so it can kill it the way a crash or a forced shutdown would:
// SIGKILL to the browser's whole process group, with no chance to flush or close anything.
// Playwright attaches over the DevTools protocol; the profile folder is the test's, so a second
// launch on it finds whatever the first one had really written to disk.

import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from './browser';
import { chromiumPath } from './chromium';

export interface KillableBrowser {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** The browser process id (the leader of its process group). */
  pid: number;
  /** Requests that tried to leave the test server; the harness blocks them. */
  foreignRequests: string[];
  pageErrors: string[];
  /**
   * SIGKILL to every Chromium process of this browser; resolves, once the browser process is gone,
   * with the signal that ended it.
   */
  kill(): Promise<NodeJS.Signals | null>;
  /** An orderly close, for tests that end without a crash. */
  close(): Promise<void>;
}

const DEVTOOLS_LINE = /DevTools listening on (ws:\/\/\S+)/;

function waitForDevTools(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      reject(new Error(`Chromium did not open DevTools within 30 s:\n${output}`));
    }, 30_000);
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      output += chunk;
      const match = DEVTOOLS_LINE.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited early (${code ?? signal}):\n${output}`));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Starts Chromium on `userDataDir` and opens `url` (the app served from 127.0.0.1). */
export async function launchKillableBrowser(
  userDataDir: string,
  url: string,
): Promise<KillableBrowser> {
  const child = spawn(
    chromiumPath(),
    [
      ...CHROMIUM_ARGS,
      '--headless',
      '--remote-debugging-port=0',
      '--remote-debugging-address=127.0.0.1',
      `--user-data-dir=${userDataDir}`,
      '--window-size=1280,800',
      'about:blank',
    ],
    // Its own process group, so one signal reaches the renderers and the GPU process too.
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error('Chromium did not start.');
  const endpoint = await waitForDevTools(child);
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0];
  if (!context) throw new Error('Chromium has no default context.');

  const appOrigin = new URL(url).origin;
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  const isLocal = (address: string) =>
    address.startsWith('data:') ||
    address.startsWith('blob:') ||
    address === 'about:blank' ||
    address.startsWith(`${appOrigin}/`);
  context.on('request', (request) => {
    if (!isLocal(request.url())) foreignRequests.push(request.url());
  });
  await context.route(
    (address) => !isLocal(address.toString()),
    (route) => route.abort('blockedbyclient'),
  );
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(url);
  await page.locator('#root > *').first().waitFor();

  return {
    browser,
    context,
    page,
    pid,
    foreignRequests,
    pageErrors,
    async kill() {
      process.kill(-pid, 'SIGKILL');
      await exited(child);
      // The DevTools connection died with the browser; this only releases Playwright's side.
      await browser.close().catch(() => undefined);
      return child.signalCode;
    },
    async close() {
      await browser.close().catch(() => undefined);
      if (child.exitCode === null && child.signalCode === null) process.kill(-pid, 'SIGTERM');
      await exited(child);
    },
  };
}
