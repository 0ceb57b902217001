// axe-core inside the page, loaded by the driver (page.evaluate) so the app's CSP is not loosened:
// a full audit that fails on any violation, and the accessible name and role of whatever has the
// keyboard focus, computed the way axe computes them.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type * as axeCore from 'axe-core';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type AxeGlobal = typeof axeCore;

export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

async function loadAxe(page: Page): Promise<void> {
  const loaded = await page.evaluate(() => Reflect.has(window, 'axe'));
  if (!loaded) await page.evaluate(await axeSource);
}

/** Every axe-core violation on the page, whatever its impact. */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  await loadAxe(page);
  return page.evaluate(async () => {
    const axe = Reflect.get(window, 'axe') as AxeGlobal;
    const results: axeCore.AxeResults = await axe.run(document);
    return results.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
}

/** Fails, listing each rule and the elements it found, when axe reports any violation. */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  expect(await axeViolations(page), `axe-core violations on ${screen}`).toEqual([]);
}

export interface FocusedElement {
  tag: string;
  /** The element's ARIA role (explicit or implicit), or '' when it has none. */
  role: string;
  /** The accessible name, trimmed; '' means a screen reader announces no name. */
  name: string;
  /** A short HTML excerpt, so a failure shows which element it was. */
  html: string;
}

/**
 * The role and accessible name axe-core computes for each element matching the selector, or (with
 * no selector) for the element that has the keyboard focus. Nothing is focused or changed.
 */
async function describeElements(page: Page, selector: string | null): Promise<FocusedElement[]> {
  await loadAxe(page);
  return page.evaluate((wanted) => {
    const elements =
      wanted === null
        ? [document.activeElement].filter(
            (element): element is Element => element !== null && element !== document.body,
          )
        : [...document.querySelectorAll(wanted)];
    const axe = Reflect.get(window, 'axe') as AxeGlobal & {
      commons: { aria: { getRole(node: Element): string | null } };
    };
    axe.setup(document);
    try {
      return elements.map((element) => ({
        tag: element.tagName.toLowerCase(),
        role: axe.commons.aria.getRole(element) ?? '',
        name: axe.commons.text.accessibleText(element).trim(),
        html: element.outerHTML.slice(0, 200),
      }));
    } finally {
      axe.teardown();
    }
  }, selector);
}

/** What has the keyboard focus, with the role and accessible name axe-core computes for it. */
export async function focusedElement(page: Page): Promise<FocusedElement | null> {
  return (await describeElements(page, null))[0] ?? null;
}

/** The role and accessible name of every element matching a CSS selector, in document order. */
export function describeMatching(page: Page, selector: string): Promise<FocusedElement[]> {
  return describeElements(page, selector);
}
