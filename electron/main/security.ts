// Owns the app's security policy at run time: the CSP header, the network block, permission
// denial, and what a page may do with navigation, popups and <webview>. The effects come in as
// narrow interfaces so tests pass fakes; the pure checks live in guards.ts. No window creation here.

import { CONTENT_SECURITY_POLICY } from '@shared/security/contentSecurityPolicy';
import { APP_ORIGIN } from './constants';
import { isAppUrl, isBlockedNetworkUrl, toAllowedExternalUrl } from './guards';

// One definition shared with the renderer build (index.html's meta tag), so the two cannot drift.
export { CONTENT_SECURITY_POLICY };

/**
 * Where Chromium looks for Hunspell dictionaries (Linux; Windows and macOS use the system's spell
 * checker). Its default is a Google CDN, so the app would reach the network the first time a text
 * field is spell-checked. Pointed at the app's own origin, which holds no dictionaries, the download
 * fails locally (404) and nothing leaves the machine; the network block would cancel it anyway.
 * Consequence: no spell checking on Linux until dictionaries are shipped under this path.
 */
export const SPELLCHECK_DICTIONARY_URL = `${APP_ORIGIN}/spellcheck-dictionaries/`;

export interface HardenableSession {
  setSpellCheckerDictionaryDownloadURL(url: string): void;
  setPermissionRequestHandler(
    handler: (
      webContents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: { requestingUrl?: string },
    ) => void,
  ): void;
  setPermissionCheckHandler(
    handler: (webContents: unknown, permission: string, requestingOrigin: string) => boolean,
  ): void;
  webRequest: {
    onBeforeRequest(
      listener: (
        details: { url: string },
        callback: (response: { cancel: boolean }) => void,
      ) => void,
    ): void;
    onHeadersReceived(
      listener: (
        details: { responseHeaders?: Record<string, string[]> },
        callback: (response: { responseHeaders: Record<string, string | string[]> }) => void,
      ) => void,
    ): void;
  };
}

/**
 * The one permission the app grants, and only to its own origin: 'persistent-storage' exempts the
 * user's maps in IndexedDB from eviction when the disk runs low. It shares nothing with anyone.
 */
export function isGrantedPermission(permission: string, requestingUrl: unknown): boolean {
  return permission === 'persistent-storage' && isAppUrl(requestingUrl);
}

/**
 * Locks down a session: no other permission is ever granted (camera, notifications, geolocation…;
 * the app needs none), no request leaves the machine (spell-check dictionaries included), and every
 * response carries the CSP.
 */
export function hardenSession(session: HardenableSession): void {
  session.setSpellCheckerDictionaryDownloadURL(SPELLCHECK_DICTIONARY_URL);
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isGrantedPermission(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isGrantedPermission(permission, requestingOrigin),
  );
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: isBlockedNetworkUrl(details.url) });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders ?? {}) });
  });
}

/** Response headers with any CSP the response brought replaced by the app's own. */
function withContentSecurityPolicy(
  headers: Record<string, string[]>,
): Record<string, string | string[]> {
  const kept = Object.entries(headers).filter(
    ([name]) => name.toLowerCase() !== 'content-security-policy',
  );
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] };
}

interface PreventableEvent {
  preventDefault(): void;
}

interface NavigationEvent extends PreventableEvent {
  url: string;
}

export interface HardenableWebContents {
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface WebContentsHardeningDeps {
  /** Hands a checked http(s)/mailto URL to the system browser or mail client. */
  openExternal(url: string): Promise<void>;
  log(message: string, error?: unknown): void;
}

/**
 * A page may only ever show the app: navigation and redirects away from app://stakemap are
 * cancelled, new windows are never created (a web or mail link goes to the system's own app
 * instead), and <webview> cannot be attached.
 */
export function hardenWebContents(
  contents: HardenableWebContents,
  deps: WebContentsHardeningDeps,
): void {
  const stayInApp = (event: NavigationEvent) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-frame-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const external = toAllowedExternalUrl(url);
    if (external !== null) {
      deps.openExternal(external).catch((error: unknown) => {
        deps.log(`Could not open ${external} outside the app`, error);
      });
    }
    return { action: 'deny' };
  });
}

export interface WebContentsSource {
  on(
    event: 'web-contents-created',
    listener: (event: unknown, contents: HardenableWebContents) => void,
  ): unknown;
}

/** Hardens every web contents the app ever creates, including ones we did not create on purpose. */
export function hardenAllWebContents(app: WebContentsSource, deps: WebContentsHardeningDeps): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, deps));
}
