// Pure security checks for the main process: every value that arrives from the renderer, the
// network stack or a request URL is `unknown` here and is judged without side effects. The effects
// (cancelling, opening, serving) belong to security.ts, protocol.ts and ipc.ts.

import path from 'node:path';
import type { Result } from '@shared/result';
import { err, ok } from '@shared/result';
import { APP_HOST, APP_SCHEME } from './constants';

const APP_PROTOCOL = `${APP_SCHEME}:`;

function parseUrl(value: unknown): URL | null {
  if (typeof value !== 'string' || value.length === 0) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/**
 * True for URLs on the app's own origin (app://stakemap/...). `host` rather than `hostname` so a
 * port cannot sneak in; credentials are never part of an app URL.
 */
export function isAppUrl(url: unknown): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === APP_PROTOCOL &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * True only for the app's own top-level page. Electron's WebFrameMain says "main frame" with
 * `parent === null`; test doubles and other frame-likes may say it with `isMainFrame: true`.
 * A missing frame (navigated away or destroyed) is never trusted.
 */
export function isTrustedSender(frame: unknown): boolean {
  if (typeof frame !== 'object' || frame === null) return false;
  const url: unknown = Reflect.get(frame, 'url');
  const isMainFrame: unknown = Reflect.get(frame, 'isMainFrame');
  const mainFrame =
    isMainFrame === undefined ? Reflect.get(frame, 'parent') === null : isMainFrame === true;
  return mainFrame && isAppUrl(url);
}

const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The normalised form of a link the app may hand to the operating system, or null. Web pages and
 * e-mail addresses only: anything else (file:, javascript:, custom handlers such as ms-settings:)
 * could run or open something on the user's machine. Credentials in a URL are refused because
 * they are a phishing trick. The normalised href is what gets opened, so the OS sees exactly the
 * URL that was checked.
 */
export function toAllowedExternalUrl(url: unknown): string | null {
  const parsed = parseUrl(url);
  if (parsed === null || !EXTERNAL_PROTOCOLS.has(parsed.protocol)) return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  const hasTarget = parsed.protocol === 'mailto:' ? parsed.pathname !== '' : parsed.hostname !== '';
  return hasTarget ? parsed.href : null;
}

export function isAllowedExternalUrl(url: unknown): boolean {
  return toAllowedExternalUrl(url) !== null;
}

/**
 * Schemes the renderer may load: its own files, inline and generated images, and the developer
 * tools. Everything else (http, https, ws, wss, ftp, file and any scheme we have not thought of)
 * is blocked: the app never needs the network, and blocking by default means a new scheme cannot
 * become a way out.
 */
const LOCAL_PROTOCOLS = new Set([APP_PROTOCOL, 'data:', 'blob:', 'devtools:']);

export function isBlockedNetworkUrl(url: unknown): boolean {
  const parsed = parseUrl(url);
  if (parsed === null) return true;
  return !LOCAL_PROTOCOLS.has(parsed.protocol);
}

/** A raw URL's path: everything after `app://stakemap` and before any query or fragment. */
const RAW_APP_PATH = new RegExp(`^${APP_SCHEME}://${APP_HOST}(/[^?#]*)?(?:[?#].*)?$`, 'i');

/** Characters no asset name contains; each one is a way to reach outside the folder. */
const FORBIDDEN_IN_SEGMENT = /[/\\\0:]/;

/**
 * Maps `app://stakemap/<path>` to a file inside rootDir, or refuses. Chromium normalises URLs
 * before we see them, but this check does not rely on that: it reads the raw path, decodes each
 * segment once, and refuses dot segments (also when encoded as %2e%2e), backslashes, encoded
 * slashes, drive letters, null bytes, empty segments (`//etc`) and other hosts. As a last line it
 * checks that the resolved path is still inside rootDir. `/` serves index.html.
 */
export function resolveAppAssetPath(rootDir: unknown, requestUrl: unknown): Result<string, string> {
  if (typeof rootDir !== 'string' || !path.isAbsolute(rootDir)) {
    return err('The asset folder must be an absolute path');
  }
  if (typeof requestUrl !== 'string' || !isAppUrl(requestUrl)) {
    return err('Not an app URL');
  }
  if (requestUrl.includes('\\') || requestUrl.includes('\0')) {
    return err('Backslashes and null bytes are not allowed in app URLs');
  }
  const match = RAW_APP_PATH.exec(requestUrl);
  if (match === null) return err('Not an app URL');
  const rawPath = match[1] ?? '/';
  if (rawPath === '/') return ok(path.join(rootDir, 'index.html'));

  const segments: string[] = [];
  for (const rawSegment of rawPath.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(rawSegment);
    } catch {
      return err('Malformed percent-encoding in app URL');
    }
    if (segment === '' || segment === '.' || segment === '..') {
      return err('Empty or dot segments are not allowed in app URLs');
    }
    if (FORBIDDEN_IN_SEGMENT.test(segment)) {
      return err('Slashes, backslashes, colons and null bytes are not allowed in asset names');
    }
    segments.push(segment);
  }

  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, ...segments);
  if (!resolved.startsWith(root + path.sep)) return err('Path leaves the app folder');
  return ok(resolved);
}

/** Separators, characters Windows forbids in names, and control characters. */
function isUnsafeFileNameCharacter(character: string): boolean {
  const code = character.charCodeAt(0);
  return code < 0x20 || code === 0x7f || '/\\:*?"<>|'.includes(character);
}

const WINDOWS_RESERVED_NAME = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

/**
 * A file name the save dialog can suggest without the page choosing a folder: separators and
 * characters Windows forbids become '-', leading dots and spaces go (so '..' cannot point
 * upwards and nothing is hidden), Windows device names are prefixed.
 */
export function toSafeFileName(name: unknown): string {
  const text = typeof name === 'string' ? name : '';
  const cleaned = Array.from(text, (character) =>
    isUnsafeFileNameCharacter(character) ? '-' : character,
  )
    .join('')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  if (cleaned === '') return 'Untitled';
  return WINDOWS_RESERVED_NAME.test(cleaned) ? `_${cleaned}` : cleaned;
}
