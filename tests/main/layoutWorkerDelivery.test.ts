// The layout worker reaches the page on the desktop: the CSP lets the app start a worker from its
// own files, and app:// serves the worker chunk Vite emits (assets/layout.worker-<hash>.js) as
// JavaScript, which Chromium requires of a module worker's script.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from '../../electron/main/protocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security';
import { CONTENT_SECURITY_POLICY_META } from '../../shared/security/contentSecurityPolicy';

const root = path.resolve('/app/dist/renderer');
const WORKER_CHUNK = 'assets/layout.worker-CF7wBBYs.js';

function directive(policy: string, name: string): string[] {
  const found = policy.split('; ').find((entry) => entry.startsWith(`${name} `));
  return found?.split(' ').slice(1) ?? [];
}

describe('the layout worker on the desktop', () => {
  it.each([
    ['header', CONTENT_SECURITY_POLICY],
    ['meta tag', CONTENT_SECURITY_POLICY_META],
  ])('is allowed by the CSP %s: workers and scripts from the app itself', (_, policy) => {
    // Only the app's own files: the workers are chunks Vite emits, never blob: or data: URLs.
    expect(directive(policy, 'worker-src')).toEqual(["'self'"]);
    expect(directive(policy, 'script-src')).toEqual(["'self'"]);
  });

  it('has its chunk served by app:// as JavaScript, with the CSP and no sniffing', async () => {
    const source = 'self.addEventListener("message", () => {});';
    const handle = createAppProtocolHandler({
      rootDir: root,
      readFile: async (filePath) => {
        if (filePath !== path.join(root, WORKER_CHUNK))
          throw Object.assign(new Error(), { code: 'ENOENT' });
        return new TextEncoder().encode(source);
      },
      log: () => {},
    });

    const response = await handle({ url: `app://stakemap/${WORKER_CHUNK}`, method: 'GET' });

    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await response.text()).toBe(source);
  });
});
