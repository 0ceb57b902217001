// Files in and out of the browser host: "Export JSON" is a download, "Import…" opens a file
// chooser. Both are driven the way a user would, through the buttons.

import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The version 1 .stakemap.json envelope, as far as these tests look into it. */
export interface ExportedEnvelope {
  format: string;
  version: number;
  exportedAt: string;
  app: { name: string; version: string };
  map: { id: string; name: string; createdAt: string; updatedAt: string } & Record<string, unknown>;
  nodes: ExportedRecord[];
  relationships: ExportedRecord[];
  interactions: ExportedRecord[];
  actions: ExportedRecord[];
  messages: ExportedRecord[];
}

export type ExportedRecord = { id: string } & Record<string, unknown>;

export interface ExportedFile {
  fileName: string;
  text: string;
  envelope: ExportedEnvelope;
}

const COLLECTIONS = ['nodes', 'relationships', 'interactions', 'actions', 'messages'] as const;

/** Checks the envelope's shape and returns it typed; fails the test when it is not one. */
export function readEnvelope(text: string): ExportedEnvelope {
  const parsed: unknown = JSON.parse(text);
  expect(parsed).toMatchObject({
    format: 'stakemap',
    version: 1,
    exportedAt: expect.any(String),
    app: { name: expect.any(String), version: expect.any(String) },
    map: { id: expect.any(String), name: expect.any(String) },
  });
  for (const key of COLLECTIONS) {
    expect(Array.isArray(Reflect.get(parsed as object, key)), key).toBe(true);
  }
  return parsed as ExportedEnvelope;
}

/** Clicks "Export JSON" in the editor and returns the downloaded file. */
export async function exportCurrentMap(page: Page): Promise<ExportedFile> {
  const download = page.waitForEvent('download');
  await page
    .getByRole('toolbar', { name: 'Map tools' })
    .getByRole('button', { name: 'Export JSON', exact: true })
    .click();
  const file = await download;
  const text = await readFile(await file.path(), 'utf8');
  return { fileName: file.suggestedFilename(), text, envelope: readEnvelope(text) };
}

/** Clicks "Import…" (on whichever screen is showing) and picks a file with this content. */
export async function importFile(page: Page, name: string, text: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…', exact: true }).click();
  await (
    await chooser
  ).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
}
