import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isAllowedExternalUrl,
  isAppUrl,
  isBlockedNetworkUrl,
  isTrustedSender,
  resolveAppAssetPath,
  toAllowedExternalUrl,
  toSafeFileName,
} from '../../electron/main/guards';

const NOT_STRINGS: unknown[] = [undefined, null, 42, {}, [], true, Symbol('url')];

describe('isAppUrl', () => {
  it.each([
    'app://stakemap/index.html',
    'app://stakemap/',
    'app://stakemap',
    'app://stakemap/a?b#c',
  ])('accepts %s', (url) => expect(isAppUrl(url)).toBe(true));

  it.each([
    'app://evil/index.html',
    'app://stakemap.evil/index.html',
    'app://stakemap:8080/index.html',
    'app://user:pass@stakemap/index.html',
    'app://user@stakemap/index.html',
    'https://stakemap/index.html',
    'file:///stakemap/index.html',
    'javascript:alert(1)',
    'app:stakemap',
    '',
    'not a url',
  ])('refuses %s', (url) => expect(isAppUrl(url)).toBe(false));

  it.each(NOT_STRINGS)('refuses the non-string %s', (value) => expect(isAppUrl(value)).toBe(false));
});

describe('isTrustedSender', () => {
  it('trusts the app page in the main frame, in both frame shapes', () => {
    expect(isTrustedSender({ url: 'app://stakemap/index.html', isMainFrame: true })).toBe(true);
    // Electron's WebFrameMain marks the main frame with parent === null.
    expect(isTrustedSender({ url: 'app://stakemap/index.html', parent: null })).toBe(true);
  });

  it('refuses subframes, even on the app origin', () => {
    expect(isTrustedSender({ url: 'app://stakemap/index.html', isMainFrame: false })).toBe(false);
    expect(isTrustedSender({ url: 'app://stakemap/index.html', parent: {} })).toBe(false);
    expect(isTrustedSender({ url: 'app://stakemap/index.html' })).toBe(false);
  });

  it.each([
    'https://evil.example/',
    'http://localhost:5173/',
    'file:///tmp/index.html',
    'app://evil/index.html',
    'about:blank',
    'data:text/html,<script>1</script>',
  ])('refuses a main frame on %s', (url) => {
    expect(isTrustedSender({ url, isMainFrame: true })).toBe(false);
    expect(isTrustedSender({ url, parent: null })).toBe(false);
  });

  it.each([null, undefined, 'app://stakemap/', 1, {}])('refuses the frame %s', (frame) => {
    expect(isTrustedSender(frame)).toBe(false);
  });
});

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://www.gov.uk/guidance',
    'http://example.org/path?q=1#top',
    'mailto:someone@example.org',
    'mailto:someone@example.org?subject=Workshop',
  ])('allows %s', (url) => expect(isAllowedExternalUrl(url)).toBe(true));

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'file:///etc/passwd',
    'file://server/share/doc.exe',
    'smb://server/share',
    'ms-settings:privacy',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'blob:https://example.org/uuid',
    'app://stakemap/index.html',
    'ftp://example.org/file',
    'http://user:pass@example.org/',
    'https://user@example.org/',
    'mailto:',
    'https://',
    '//example.org',
    'example.org',
    '',
  ])('refuses %s', (url) => expect(isAllowedExternalUrl(url)).toBe(false));

  it.each(NOT_STRINGS)('refuses the non-string %s', (value) =>
    expect(isAllowedExternalUrl(value)).toBe(false),
  );

  it('normalises what it lets through, so the OS opens exactly the checked URL', () => {
    expect(toAllowedExternalUrl('  HTTPS://Example.ORG/a b')).toBe('https://example.org/a%20b');
    expect(toAllowedExternalUrl('javascript:alert(1)')).toBeNull();
  });
});

describe('isBlockedNetworkUrl', () => {
  it.each([
    'http://example.org/',
    'https://example.org/',
    'HTTPS://EXAMPLE.ORG/',
    'ws://127.0.0.1:5173/',
    'wss://example.org/socket',
    'ftp://example.org/file',
    'file:///etc/passwd',
    'gopher://example.org/',
    'not a url',
    '',
  ])('blocks %s', (url) => expect(isBlockedNetworkUrl(url)).toBe(true));

  it.each([
    'app://stakemap/index.html',
    'app://stakemap/assets/index-abc.js',
    'data:image/png;base64,iVBORw0KGgo=',
    'blob:app://stakemap/6c1e2b9a-0000-4000-8000-000000000000',
    'devtools://devtools/bundled/inspector.html',
  ])('allows %s', (url) => expect(isBlockedNetworkUrl(url)).toBe(false));

  it.each(NOT_STRINGS)('blocks the non-string %s', (value) =>
    expect(isBlockedNetworkUrl(value)).toBe(true),
  );
});

describe('resolveAppAssetPath', () => {
  const root = path.resolve('/opt/stakemap/resources/app.asar/dist/renderer');

  function resolved(url: unknown): string | null {
    const result = resolveAppAssetPath(root, url);
    return result.ok ? result.value : null;
  }

  it('serves index.html for the root', () => {
    expect(resolved('app://stakemap/')).toBe(path.join(root, 'index.html'));
    expect(resolved('app://stakemap')).toBe(path.join(root, 'index.html'));
    expect(resolved('app://stakemap/?route=maps#top')).toBe(path.join(root, 'index.html'));
  });

  it('maps asset paths into the renderer folder, decoding them once', () => {
    expect(resolved('app://stakemap/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolved('app://stakemap/assets/index-B1x2.js?v=1')).toBe(
      path.join(root, 'assets', 'index-B1x2.js'),
    );
    expect(resolved('app://stakemap/fonts/My%20Font.woff2')).toBe(
      path.join(root, 'fonts', 'My Font.woff2'),
    );
  });

  it.each([
    ['dot-dot segments', 'app://stakemap/../../etc/passwd'],
    ['a dot-dot after a folder', 'app://stakemap/assets/../../secret'],
    ['encoded dot-dot', 'app://stakemap/%2e%2e/%2e%2e/etc/passwd'],
    ['upper-case encoded dot-dot', 'app://stakemap/%2E%2E/etc/passwd'],
    ['half-encoded dot-dot', 'app://stakemap/.%2e/etc/passwd'],
    ['an encoded slash inside a segment', 'app://stakemap/..%2f..%2fetc/passwd'],
    ['an encoded slash', 'app://stakemap/assets%2f..%2f..%2fsecret'],
    ['a backslash', 'app://stakemap/..\\..\\windows\\win.ini'],
    ['an encoded backslash', 'app://stakemap/..%5c..%5cwindows%5cwin.ini'],
    ['an absolute path', 'app://stakemap//etc/passwd'],
    ['a drive letter', 'app://stakemap/C:/Windows/win.ini'],
    ['an encoded drive letter', 'app://stakemap/C%3A%5CWindows'],
    ['a null byte', 'app://stakemap/index.html%00.png'],
    ['a raw null byte', 'app://stakemap/index.html\0.png'],
    ['a single dot segment', 'app://stakemap/./index.html'],
    ['malformed percent-encoding', 'app://stakemap/%E0%A4%A'],
    ['another host', 'app://evil/index.html'],
    ['a port', 'app://stakemap:1/index.html'],
    ['credentials', 'app://a:b@stakemap/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['an http URL', 'http://stakemap/index.html'],
    ['a trailing slash (a folder)', 'app://stakemap/assets/'],
    ['not a string', 42],
  ])('refuses %s', (_what, url) => {
    expect(resolved(url)).toBeNull();
  });

  it('refuses a relative or missing root folder', () => {
    expect(resolveAppAssetPath('dist/renderer', 'app://stakemap/index.html').ok).toBe(false);
    expect(resolveAppAssetPath(undefined, 'app://stakemap/index.html').ok).toBe(false);
  });

  it('never returns a path outside the root, whatever the URL', () => {
    const hostile = [
      'app://stakemap/%2e%2e%2f',
      'app://stakemap/a/%2e%2e/%2e%2e/b',
      'app://stakemap/....//....//etc',
      'app://stakemap/%252e%252e/etc',
      'app://stakemap/assets/..;/x',
    ];
    for (const url of hostile) {
      const result = resolved(url);
      if (result !== null) expect(result.startsWith(root + path.sep)).toBe(true);
    }
  });
});

describe('toSafeFileName', () => {
  it('keeps ordinary names', () => {
    expect(toSafeFileName('Data programme.stakemap.json')).toBe('Data programme.stakemap.json');
  });

  it('cannot point the dialog at another folder', () => {
    expect(toSafeFileName('../../.bashrc')).toBe('-..-.bashrc');
    expect(toSafeFileName('/etc/passwd')).toBe('-etc-passwd');
    expect(toSafeFileName('C:\\Windows\\x.json')).toBe('C--Windows-x.json');
    expect(toSafeFileName('..')).toBe('Untitled');
  });

  it('replaces characters Windows forbids and control characters', () => {
    expect(toSafeFileName('Plan: 2025? <draft> "v2" | a*b\u0007.json')).toBe(
      'Plan- 2025- -draft- -v2- - a-b-.json',
    );
  });

  it('avoids Windows device names and empty names', () => {
    expect(toSafeFileName('CON.json')).toBe('_CON.json');
    expect(toSafeFileName('   ')).toBe('Untitled');
    expect(toSafeFileName(undefined)).toBe('Untitled');
  });
});
