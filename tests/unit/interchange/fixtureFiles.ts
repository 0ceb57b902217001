// Reads the interchange fixtures as text, as a user's file would arrive (decoded as UTF-8, with
// anything undecodable turned into U+FFFD, as the app's file reading does).

import { readFileSync } from 'node:fs';

export function readInterchangeFixture(path: string): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(
    readFileSync(new URL(`../../fixtures/interchange/${path}`, import.meta.url)),
  );
}
