// Pictures of the map from the real canvas: the example map coloured by engagement, exported as
// PNG and SVG through Export…, and a filter that hides nodes carried into the SVG. The files and
// a screenshot land in test-results/ for a person to look at.

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { toolbar, waitForEditor } from './support/app';
import { expectNoProblems, launchApp, type AppSession } from './support/browser';
import { withoutChromium } from './support/chromium';
import { eventually } from './support/wait';

const EXAMPLE_MAP_NAME = 'Local Public Data Panel: engagement';
const EXAMPLE_FILE = new URL(
  '../../renderer/assets/examples/local-public-data-panel.stakemap.json',
  import.meta.url,
);
const RESULTS_DIR = fileURLToPath(new URL('../../test-results/', import.meta.url));
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** ENGAGEMENT_COLOURS.leading as Cytoscape reports it, which is how the SVG carries it. */
const LEADING_FILL = 'rgb(21,47,106)';

interface ExampleNode {
  label: string;
  assessment: { engagementCurrent: string | null };
}

async function exampleNodes(): Promise<ExampleNode[]> {
  const file = JSON.parse(await readFile(EXAMPLE_FILE, 'utf8')) as { nodes: ExampleNode[] };
  return file.nodes;
}

/** Waits for two animation frames: the canvas paints on them. */
async function painted(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

/** Exports a picture through Export… and returns the downloaded bytes. */
async function exportPicture(page: Page, format: 'PNG' | 'SVG'): Promise<Buffer> {
  await toolbar(page).getByRole('button', { name: 'Export…', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: new RegExp(`Picture \\(${format}\\)`) }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await download;
  return readFile(await file.path());
}

/** Parses SVG text in the page, as a viewer would, and counts what was drawn. */
async function readSvg(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const nodes = [...doc.querySelectorAll('g.node')];
    return {
      parseError: doc.querySelector('parsererror')?.textContent ?? null,
      nodes: nodes.length,
      shapes: doc.querySelectorAll('g.node > .node-shape').length,
      scripts: doc.querySelectorAll('script').length,
      labels: nodes.map((node) => node.querySelector('text')?.textContent ?? ''),
      fills: nodes.map((node) => node.querySelector('.node-shape')?.getAttribute('fill') ?? ''),
      arrows: doc.querySelectorAll('g.edge .arrow').length,
    };
  }, svg);
}

describe.skipIf(withoutChromium)('pictures of the map', () => {
  let session: AppSession;

  beforeEach(async () => {
    session = await launchApp();
  });

  afterEach(async () => {
    await session.dispose();
  });

  test('the example map coloured by engagement exports as a PNG and an SVG that match it', async () => {
    const { page, problems } = session;
    const nodes = await exampleNodes();
    await page.getByRole('button', { name: 'Open example map', exact: true }).click();
    await waitForEditor(page, EXAMPLE_MAP_NAME);

    await toolbar(page)
      .getByRole('combobox', { name: 'Colour by', exact: true })
      .selectOption({ label: 'Current engagement' });
    const legend = page.getByRole('region', { name: 'Legend' });
    await legend.getByRole('list', { name: 'Colour: current engagement' }).waitFor();
    await toolbar(page).getByRole('button', { name: 'Fit to screen', exact: true }).click();
    await painted(page);
    await mkdir(RESULTS_DIR, { recursive: true });
    await page.screenshot({ path: `${RESULTS_DIR}example-map-engagement.png` });

    const png = await exportPicture(page, 'PNG');
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    // IHDR: width and height, big-endian, after the signature and the chunk header.
    expect(png.readUInt32BE(16)).toBeGreaterThan(400);
    expect(png.readUInt32BE(20)).toBeGreaterThan(300);
    await writeFile(`${RESULTS_DIR}example-map-engagement.export.png`, png);

    const svgText = (await exportPicture(page, 'SVG')).toString('utf8');
    await writeFile(`${RESULTS_DIR}example-map-engagement.export.svg`, svgText);
    const svg = await readSvg(page, svgText);
    expect(svg.parseError).toBeNull();
    expect(svg.nodes).toBe(nodes.length);
    expect(svg.shapes).toBe(nodes.length);
    expect(svg.scripts).toBe(0);
    expect(svg.arrows).toBeGreaterThan(0);
    const leaders = nodes.filter((node) => node.assessment.engagementCurrent === 'leading');
    expect(svg.fills.filter((fill) => fill === LEADING_FILL)).toHaveLength(leaders.length);
    // Wrapped over lines, a label's words still all come out, in order.
    expect(svg.labels.map((label) => label.replace(/\s+/g, ''))).toEqual(
      expect.arrayContaining(leaders.map((node) => node.label.replace(/\s+/g, ''))),
    );

    expectNoProblems(problems);
  });

  test('a filter that hides nodes leaves them out of the SVG too', async () => {
    const { page, problems } = session;
    const nodes = await exampleNodes();
    await page.getByRole('button', { name: 'Open example map', exact: true }).click();
    await waitForEditor(page, EXAMPLE_MAP_NAME);

    await page.getByText('Filter and focus', { exact: true }).click();
    await page.getByRole('radio', { name: 'Hide it', exact: true }).check();
    await page
      .getByRole('group', { name: 'Current engagement' })
      .getByRole('checkbox', { name: 'Leading', exact: true })
      .check();
    await painted(page);

    const leaders = nodes.filter((node) => node.assessment.engagementCurrent === 'leading');
    await eventually(async () => {
      const svg = await readSvg(page, (await exportPicture(page, 'SVG')).toString('utf8'));
      return svg.nodes;
    }).toBe(leaders.length);

    expectNoProblems(problems);
  });
});
