// Reads the .stakemap.json fixtures and the shipped example map as text, as a user's file would
// arrive.

import { readFileSync } from 'node:fs';

export function readFixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/stakemap/${name}`, import.meta.url), 'utf8');
}

export function readExampleMap(): string {
  const path = '../../../renderer/assets/examples/local-public-data-panel.stakemap.json';
  return readFileSync(new URL(path, import.meta.url), 'utf8');
}
