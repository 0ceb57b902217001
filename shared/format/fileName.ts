// A file name for a map's export that every desktop system accepts: characters Windows, macOS or
// Linux refuse are dropped, Windows' reserved device names are avoided, and the length is kept
// well under the 255-byte limit most file systems set.

import { STAKEMAP_FILE_EXTENSION } from './fileTypes';

const FALLBACK_NAME = 'map';
const MAX_NAME_CHARACTERS = 100;
/** UTF-8 bytes for the name part; with the extension this stays far below 255. */
const MAX_NAME_BYTES = 200;

const WINDOWS_FORBIDDEN = '<>:"/\\|?*';
/** Windows refuses these as a name before the first dot, whatever the extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** Refused on Windows (<>:"/\|?*) or anywhere (control characters, including DEL). */
function isIllegal(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f || WINDOWS_FORBIDDEN.includes(character);
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/** Cuts to whole characters, never splitting an emoji's surrogate pair. */
function truncate(name: string): string {
  let bytes = 0;
  let result = '';
  let count = 0;
  for (const character of name) {
    bytes += utf8Length(character.codePointAt(0) ?? 0);
    count += 1;
    if (count > MAX_NAME_CHARACTERS || bytes > MAX_NAME_BYTES) break;
    result += character;
  }
  return result;
}

/** Windows refuses names ending in a dot or space, and a leading dot hides a file elsewhere. */
function trimDotsAndSpaces(name: string): string {
  return name.replace(/^[.\s]+|[.\s]+$/g, '');
}

export function stakemapFileName(mapName: string): string {
  const legal = Array.from(mapName.normalize('NFC'), (c) => (isIllegal(c) ? ' ' : c)).join('');
  const cleaned = trimDotsAndSpaces(legal.replace(/\s+/g, ' '));
  let name = trimDotsAndSpaces(truncate(cleaned));
  if (name === '') name = FALLBACK_NAME;
  name = name.replace(/^[^.]*/, (first) => (WINDOWS_RESERVED.test(first) ? `${first} map` : first));
  return `${name}${STAKEMAP_FILE_EXTENSION}`;
}
