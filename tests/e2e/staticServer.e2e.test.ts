// The test server itself: right content types, index.html for '/', no listings, nothing outside
// its root. Needs no browser, so it runs even where Chromium is missing.

import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { resolveRequestPath, startStaticServer, type StaticServer } from './support/server';

interface RawResponse {
  status: number;
  type: string | undefined;
  body: string;
}

/** Sends the path exactly as written (fetch would normalise away the dot segments). */
function get(server: StaticServer, path: string, method = 'GET'): Promise<RawResponse> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: '127.0.0.1', port, path, method }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, type: response.headers['content-type'], body }),
      );
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

describe('the static test server', () => {
  let parent: string;
  let server: StaticServer;

  beforeAll(async () => {
    parent = await mkdtemp(join(tmpdir(), 'stakemap-server-'));
    const root = join(parent, 'site');
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(parent, 'secret.txt'), 'outside the root');
    await writeFile(join(root, 'index.html'), '<!doctype html><title>t</title>');
    const files: Record<string, string> = {
      'app.js': 'export {}',
      'app.mjs': 'export {}',
      'app.css': 'body{}',
      'data.json': '{}',
      'icon.svg': '<svg/>',
      'icon.png': 'png',
      'font.woff2': 'woff2',
      'blob.bin': 'bin',
    };
    for (const [name, text] of Object.entries(files)) {
      await writeFile(join(root, 'assets', name), text);
    }
    await symlink(join(parent, 'secret.txt'), join(root, 'assets', 'escape.txt'));
    server = await startStaticServer(root);
  });

  afterAll(async () => {
    await server?.close();
    await rm(parent, { recursive: true, force: true });
  });

  test('listens on 127.0.0.1 on a random port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  test('serves index.html for / and the right content type for each asset', async () => {
    const index = await get(server, '/');
    expect(index).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(index.body).toContain('<title>t</title>');
    const expected: Record<string, string> = {
      'app.js': 'text/javascript; charset=utf-8',
      'app.mjs': 'text/javascript; charset=utf-8',
      'app.css': 'text/css; charset=utf-8',
      'data.json': 'application/json; charset=utf-8',
      'icon.svg': 'image/svg+xml',
      'icon.png': 'image/png',
      'font.woff2': 'font/woff2',
      'blob.bin': 'application/octet-stream',
    };
    for (const [name, type] of Object.entries(expected)) {
      expect(await get(server, `/assets/${name}?v=1`), name).toMatchObject({ status: 200, type });
    }
  });

  test('answers HEAD without a body and refuses other methods', async () => {
    expect(await get(server, '/', 'HEAD')).toMatchObject({ status: 200, body: '' });
    expect((await get(server, '/', 'POST')).status).toBe(405);
  });

  test('lists no directories and serves nothing outside its root', async () => {
    expect((await get(server, '/assets')).status).toBe(404);
    expect((await get(server, '/assets/')).status).toBe(404);
    expect((await get(server, '/missing.js')).status).toBe(404);
    for (const path of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/index.html%00.js',
      '/%E0%A4%A',
      '/assets/escape.txt',
    ]) {
      const response = await get(server, path);
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(response.body, path).not.toContain('outside the root');
    }
  });

  test('maps request paths under the root only', () => {
    expect(resolveRequestPath('/srv/site', '/')).toBe('/srv/site/index.html');
    expect(resolveRequestPath('/srv/site', '/a/b.js?x#y')).toBe('/srv/site/a/b.js');
    expect(resolveRequestPath('/srv/site', '/a/../../etc/passwd')).toBeNull();
    expect(resolveRequestPath('/srv/site', '/%2e%2e')).toBeNull();
  });
});
