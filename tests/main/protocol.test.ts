import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  contentTypeFor,
  createAppProtocolHandler,
  registerAppSchemeAsPrivileged,
} from '../../electron/main/protocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security';

const root = path.resolve('/app/dist/renderer');

const files = new Map<string, string>([
  [path.join(root, 'index.html'), '<!doctype html><title>Stakemap</title>'],
  [path.join(root, 'assets', 'index-abc.js'), 'console.log(1)'],
  [path.join(root, 'assets', 'index-abc.css'), 'body{}'],
  [path.join(root, 'assets', 'logo.svg'), '<svg/>'],
  [path.join(root, 'assets', 'font.woff2'), 'wOF2'],
]);

function nodeError(code: string): Error {
  return Object.assign(new Error(code), { code });
}

function handler(readFile?: (filePath: string) => Promise<Uint8Array>) {
  const log = vi.fn();
  const read = vi.fn(
    readFile ??
      (async (filePath: string) => {
        const text = files.get(filePath);
        if (text === undefined) throw nodeError('ENOENT');
        return new TextEncoder().encode(text);
      }),
  );
  const handle = createAppProtocolHandler({ rootDir: root, readFile: read, log });
  return { handle, read, log };
}

const get = (url: string) => ({ url, method: 'GET' });

describe('registerAppSchemeAsPrivileged', () => {
  it('registers app: as standard, secure, fetchable and code-cached, and nothing more', () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppSchemeAsPrivileged({ registerSchemesAsPrivileged });
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
      },
    ]);
  });
});

describe('the app:// handler', () => {
  it('serves index.html for the root and by name, as HTML with the CSP', async () => {
    const { handle } = handler();
    for (const url of ['app://stakemap/', 'app://stakemap/index.html']) {
      const response = await handle(get(url));
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(await response.text()).toContain('<title>Stakemap</title>');
    }
  });

  it.each([
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/index-abc.css', 'text/css; charset=utf-8'],
    ['assets/logo.svg', 'image/svg+xml'],
    ['assets/font.woff2', 'font/woff2'],
  ])('serves %s as %s', async (asset, type) => {
    const response = await handler().handle(get(`app://stakemap/${asset}`));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe(type);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('knows the other types a Vite build emits, and falls back to bytes', () => {
    expect(contentTypeFor('a.PNG')).toBe('image/png');
    expect(contentTypeFor('a.json')).toBe('application/json; charset=utf-8');
    expect(contentTypeFor('a.wasm')).toBe('application/wasm');
    expect(contentTypeFor('a.unknown')).toBe('application/octet-stream');
    expect(contentTypeFor('README')).toBe('application/octet-stream');
  });

  it.each([
    'app://stakemap/../../etc/passwd',
    'app://stakemap/%2e%2e/%2e%2e/etc/passwd',
    'app://stakemap/..%2f..%2fetc%2fpasswd',
    'app://stakemap/..\\..\\windows\\win.ini',
    'app://stakemap//etc/passwd',
    'app://stakemap/index.html%00.js',
    'app://evil/index.html',
  ])('answers 403 to %s without touching the disk', async (url) => {
    const { handle, read } = handler();
    const response = await handle(get(url));
    expect(response.status).toBe(403);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(read).not.toHaveBeenCalled();
  });

  it('answers 404 for a missing file or a folder', async () => {
    const missing = await handler().handle(get('app://stakemap/assets/missing.js'));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    const folder = await handler(async () => {
      throw nodeError('EISDIR');
    }).handle(get('app://stakemap/assets'));
    expect(folder.status).toBe(404);
  });

  it('answers 500 and logs when the disk fails for another reason', async () => {
    const { handle, log } = handler(async () => {
      throw nodeError('EIO');
    });
    const response = await handle(get('app://stakemap/index.html'));
    expect(response.status).toBe(500);
    expect(log).toHaveBeenCalled();
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const { handle } = handler();
    const head = await handle({ url: 'app://stakemap/index.html', method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await handle({ url: 'app://stakemap/index.html', method: 'POST' });
    expect(post.status).toBe(405);
  });

  it('serves exactly the bytes of the file, not the pool a Buffer may share', async () => {
    const pool = new TextEncoder().encode('XXXXhelloYYYY');
    const { handle } = handler(async () => pool.subarray(4, 9));
    const response = await handle(get('app://stakemap/index.html'));
    expect(await response.text()).toBe('hello');
  });
});
