import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createAppProtocolHandler } from '../../electron/main/protocol';
import {
  CONTENT_SECURITY_POLICY,
  hardenAllWebContents,
  hardenSession,
  hardenWebContents,
  SPELLCHECK_DICTIONARY_URL,
  type HardenableSession,
  type HardenableWebContents,
} from '../../electron/main/security';
import { isAppUrl } from '../../electron/main/guards';

type RequestHandler = Parameters<HardenableSession['setPermissionRequestHandler']>[0];
type CheckHandler = Parameters<HardenableSession['setPermissionCheckHandler']>[0];
type BeforeRequest = Parameters<HardenableSession['webRequest']['onBeforeRequest']>[0];
type HeadersReceived = Parameters<HardenableSession['webRequest']['onHeadersReceived']>[0];

function fakeSession() {
  const handlers: {
    dictionaryUrl?: string;
    request?: RequestHandler;
    check?: CheckHandler;
    beforeRequest?: BeforeRequest;
    headersReceived?: HeadersReceived;
  } = {};
  const session: HardenableSession = {
    setSpellCheckerDictionaryDownloadURL: (url) => (handlers.dictionaryUrl = url),
    setPermissionRequestHandler: (handler) => (handlers.request = handler),
    setPermissionCheckHandler: (handler) => (handlers.check = handler),
    webRequest: {
      onBeforeRequest: (listener) => (handlers.beforeRequest = listener),
      onHeadersReceived: (listener) => (handlers.headersReceived = listener),
    },
  };
  hardenSession(session);
  const required = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`hardenSession did not set ${name}`);
    return value;
  };
  return {
    dictionaryUrl: handlers.dictionaryUrl,
    requestPermission(permission: string, requestingUrl = 'app://stakemap/index.html'): boolean {
      let granted: boolean | undefined;
      required(handlers.request, 'a permission request handler')(
        {},
        permission,
        (answer) => (granted = answer),
        { requestingUrl },
      );
      if (granted === undefined) throw new Error('permission request was never answered');
      return granted;
    },
    checkPermission(permission: string, origin = 'app://stakemap'): boolean {
      return required(handlers.check, 'a permission check handler')({}, permission, origin);
    },
    isCancelled(url: string): boolean {
      let cancel: boolean | undefined;
      required(handlers.beforeRequest, 'onBeforeRequest')({ url }, (response) => {
        cancel = response.cancel;
      });
      if (cancel === undefined) throw new Error('request was never answered');
      return cancel;
    },
    headersFor(responseHeaders?: Record<string, string[]>): Record<string, string | string[]> {
      let headers: Record<string, string | string[]> | undefined;
      required(handlers.headersReceived, 'onHeadersReceived')({ responseHeaders }, (response) => {
        headers = response.responseHeaders;
      });
      if (headers === undefined) throw new Error('headers were never answered');
      return headers;
    },
  };
}

describe('CONTENT_SECURITY_POLICY', () => {
  it('is the reviewed policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; " +
        "worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; " +
        "frame-ancestors 'none'",
    );
  });

  it('allows no eval and no remote origin', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*/);
    const scripts = CONTENT_SECURITY_POLICY.split('; ').find((d) => d.startsWith('script-src'));
    expect(scripts).toBe("script-src 'self'");
  });
});

describe('hardenSession', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'display-capture',
    'openExternal',
    'hid',
    'serial',
    'usb',
    'fullscreen',
    'unknown',
  ])('denies the %s permission, asked or checked', (permission) => {
    const session = fakeSession();
    expect(session.requestPermission(permission)).toBe(false);
    expect(session.checkPermission(permission)).toBe(false);
  });

  it('grants persistent storage to the app itself only, so maps are not evicted', () => {
    const session = fakeSession();
    expect(session.requestPermission('persistent-storage')).toBe(true);
    expect(session.checkPermission('persistent-storage')).toBe(true);
    expect(session.requestPermission('persistent-storage', 'https://evil.example/')).toBe(false);
    expect(session.checkPermission('persistent-storage', 'https://evil.example')).toBe(false);
  });

  it.each([
    'http://example.org/tracker.gif',
    'https://fonts.googleapis.com/css',
    'ws://127.0.0.1:5173/',
    'wss://example.org/socket',
    'ftp://example.org/file',
    'file:///etc/passwd',
  ])('cancels the request to %s', (url) => {
    expect(fakeSession().isCancelled(url)).toBe(true);
  });

  it.each([
    'app://stakemap/index.html',
    'data:image/png;base64,AAAA',
    'blob:app://stakemap/0b1c',
    'devtools://devtools/bundled/inspector.html',
  ])('lets the local request to %s through', (url) => {
    expect(fakeSession().isCancelled(url)).toBe(false);
  });

  it('fetches spell-check dictionaries from the app itself, never from Google', () => {
    const url = fakeSession().dictionaryUrl;
    expect(url).toBe(SPELLCHECK_DICTIONARY_URL);
    expect(url).toMatch(/^app:\/\/stakemap\/.+\/$/);
    expect(isAppUrl(url)).toBe(true);
    // Even if Chromium ignored the setting, a dictionary download would be cancelled.
    expect(
      fakeSession().isCancelled(`${SPELLCHECK_DICTIONARY_URL}en-GB-10-1.bdic`),
      'the local dictionary URL is served by the app:// handler, not blocked',
    ).toBe(false);
    expect(
      fakeSession().isCancelled('https://redirector.gvt1.com/edgedl/chrome/dict/en-gb-10-1.bdic'),
    ).toBe(true);
  });

  it('puts the CSP on every response, replacing any the response brought', () => {
    const session = fakeSession();
    expect(session.headersFor(undefined)['Content-Security-Policy']).toEqual([
      CONTENT_SECURITY_POLICY,
    ]);
    const headers = session.headersFor({
      'content-security-policy': ["script-src 'unsafe-eval' https:"],
      'Content-Type': ['text/html'],
    });
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['Content-Type']).toEqual(['text/html']);
  });
});

type Listener = (event: { url: string; preventDefault(): void }) => void;

function fakeWebContents() {
  const listeners = new Map<string, Listener>();
  let windowOpenHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents = {
    on(event: string, listener: Listener): void {
      listeners.set(event, listener);
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }) {
      windowOpenHandler = handler;
    },
  } satisfies HardenableWebContents;
  return {
    contents,
    /** Emits `event` and reports whether a listener called preventDefault. */
    emit(event: string, url: string): boolean {
      const listener = listeners.get(event);
      if (!listener) throw new Error(`no listener for ${event}`);
      let prevented = false;
      listener({ url, preventDefault: () => (prevented = true) });
      return prevented;
    },
    openWindow(url: string) {
      if (!windowOpenHandler) throw new Error('no window open handler');
      return windowOpenHandler({ url });
    },
  };
}

function hardened() {
  const fake = fakeWebContents();
  const openExternal = vi.fn(async (_url: string) => undefined);
  const log = vi.fn();
  hardenWebContents(fake.contents, { openExternal, log });
  return { ...fake, openExternal, log };
}

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    'denies %s away from the app',
    (event) => {
      const contents = hardened();
      for (const url of [
        'https://evil.example/',
        'http://localhost:5173/',
        'file:///etc/passwd',
        'javascript:alert(1)',
        'app://evil/index.html',
        'data:text/html,hi',
      ]) {
        expect(contents.emit(event, url)).toBe(true);
      }
    },
  );

  it('lets the app reload or move within its own origin', () => {
    const contents = hardened();
    expect(contents.emit('will-navigate', 'app://stakemap/index.html')).toBe(false);
    expect(contents.emit('will-redirect', 'app://stakemap/index.html?map=1')).toBe(false);
  });

  it('never attaches a <webview>', () => {
    expect(hardened().emit('will-attach-webview', 'https://evil.example/')).toBe(true);
  });

  it('denies every new window, sending web and mail links to the system instead', () => {
    const contents = hardened();
    expect(contents.openWindow('https://www.gov.uk/')).toEqual({ action: 'deny' });
    expect(contents.openWindow('mailto:panel@example.org')).toEqual({ action: 'deny' });
    expect(contents.openExternal.mock.calls).toEqual([
      ['https://www.gov.uk/'],
      ['mailto:panel@example.org'],
    ]);
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'app://stakemap/index.html',
    'http://user:pass@example.org/',
    'ms-settings:privacy',
    '',
  ])('denies a window for %s without opening anything', (url) => {
    const contents = hardened();
    expect(contents.openWindow(url)).toEqual({ action: 'deny' });
    expect(contents.openExternal).not.toHaveBeenCalled();
  });

  it('logs instead of crashing when the system cannot open a link', async () => {
    const contents = hardened();
    contents.openExternal.mockRejectedValueOnce(new Error('no browser'));
    expect(contents.openWindow('https://example.org/')).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(contents.log).toHaveBeenCalled());
  });
});

describe('hardenAllWebContents', () => {
  it('hardens every web contents the app creates', () => {
    let created: ((event: unknown, contents: HardenableWebContents) => void) | undefined;
    hardenAllWebContents(
      {
        on: (_event, listener) => {
          created = listener;
        },
      },
      { openExternal: async () => undefined, log: () => undefined },
    );
    const fake = fakeWebContents();
    created?.({}, fake.contents);
    expect(fake.emit('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fake.openWindow('https://evil.example/')).toEqual({ action: 'deny' });
  });
});

describe('the local spell-check dictionary URL', () => {
  it('answers 404 from the app:// handler, since no dictionaries ship yet', async () => {
    const handler = createAppProtocolHandler({
      rootDir: path.resolve('/app/dist/renderer'),
      readFile: async () => Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' })),
      log: () => undefined,
    });
    const response = await handler({
      url: `${SPELLCHECK_DICTIONARY_URL}en-GB-10-1.bdic`,
      method: 'GET',
    });
    expect(response.status).toBe(404);
  });
});
