// Launches Debian's Chromium on a fresh profile, opens the app from the static server and records
// everything that must not happen: console errors, page errors, CSP violations, and any request
// that leaves the test server. A session can be relaunched on the same profile, which is how the
// suite checks that data survives closing the browser.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { chromiumPath } from './chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** What went wrong in the page; tests expect every list to stay empty. */
export interface Problems {
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
  foreignRequests: string[];
}

export interface AppSession {
  context: BrowserContext;
  page: Page;
  problems: Problems;
  /** The static server's origin, with a trailing slash. */
  appUrl: string;
  /** Closes this browser, starts another on the same profile and reopens the same route. */
  relaunch(): Promise<AppSession>;
  /** Closes the browser and deletes its profile. */
  dispose(): Promise<void>;
}

const CSP_BINDING = '__stakemapReportCspViolation';

/** Requests the app may make: its own server, and in-page data: and blob: URLs. */
function isLocal(url: string, appOrigin: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  try {
    return new URL(url).origin === appOrigin;
  } catch {
    return false;
  }
}

function watchPage(page: Page, problems: Problems): void {
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location();
    problems.consoleErrors.push(`${message.text()} (${where.url}:${where.lineNumber})`);
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.stack ?? error.message));
}

async function openRoute(
  page: Page,
  appUrl: string,
  hash: string,
  problems: Problems,
): Promise<void> {
  await page.goto(new URL(hash, appUrl).toString());
  // React has mounted once the root has content (the error boundary renders there too).
  try {
    await page.locator('#root > *').first().waitFor();
  } catch (error) {
    const body = await page
      .locator('body')
      .innerText()
      .catch(() => '(unreadable)');
    throw new Error(
      `The app did not mount at ${page.url()}. Page text: ${JSON.stringify(body.slice(0, 500))}. ` +
        `Problems so far: ${JSON.stringify(problems)}`,
      { cause: error },
    );
  }
}

async function launch(userDataDir: string, appUrl: string, hash: string): Promise<AppSession> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    acceptDownloads: true,
    args: CHROMIUM_ARGS,
  });
  try {
    return await startSession(context, userDataDir, appUrl, hash);
  } catch (error) {
    // A session that never started has no owner to close it: close the browser here.
    await context.close().catch(() => undefined);
    throw error;
  }
}

async function startSession(
  context: BrowserContext,
  userDataDir: string,
  appUrl: string,
  hash: string,
): Promise<AppSession> {
  const problems: Problems = {
    consoleErrors: [],
    pageErrors: [],
    cspViolations: [],
    foreignRequests: [],
  };
  const appOrigin = new URL(appUrl).origin;

  context.on('request', (request) => {
    if (!isLocal(request.url(), appOrigin)) problems.foreignRequests.push(request.url());
  });
  // Recorded above, and never sent: the suite must not reach past this machine whatever the app does.
  await context.route(
    (url) => !isLocal(url.toString(), appOrigin),
    (route) => route.abort('blockedbyclient'),
  );
  await context.exposeBinding(CSP_BINDING, (_source, violation: string) => {
    problems.cspViolations.push(violation);
  });
  await context.addInitScript((binding: string) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = Reflect.get(window, binding) as ((text: string) => void) | undefined;
      report?.(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ` +
          `${event.sourceFile}:${event.lineNumber}`,
      );
    });
  }, CSP_BINDING);
  const page = context.pages()[0] ?? (await context.newPage());
  watchPage(page, problems);
  // Any later page (a popup, a new tab) is watched too.
  context.on('page', (opened) => watchPage(opened, problems));
  await openRoute(page, appUrl, hash, problems);

  return {
    context,
    page,
    problems,
    appUrl,
    relaunch: async () => {
      const currentHash = new URL(page.url()).hash;
      await context.close();
      return launch(userDataDir, appUrl, currentHash);
    },
    dispose: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** A new Chromium on a fresh, empty profile, showing the map list. */
export async function launchApp(): Promise<AppSession> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'stakemap-e2e-'));
  try {
    return await launch(userDataDir, inject('appUrl'), '#/');
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
}

/** Fails with every recorded problem listed, so a broken page explains itself. */
export function expectNoProblems(problems: Problems): void {
  expect(problems).toEqual({
    consoleErrors: [],
    pageErrors: [],
    cspViolations: [],
    foreignRequests: [],
  });
}
