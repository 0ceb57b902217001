// Serves the built renderer on app://stakemap: the scheme's privileges, and the handler that maps
// a request to a file under dist/renderer with the right type and the CSP. File reading is
// injected; the path checks live in guards.ts. Nothing here may read outside the renderer folder.

import path from 'node:path';
import { APP_SCHEME } from './constants';
import { resolveAppAssetPath } from './guards';
import { CONTENT_SECURITY_POLICY } from './security';

export interface SchemeRegistrar {
  registerSchemesAsPrivileged(
    schemes: Array<{
      scheme: string;
      privileges: {
        standard: boolean;
        secure: boolean;
        supportFetchAPI: boolean;
        codeCache: boolean;
      };
    }>,
  ): void;
}

/**
 * Must run before the app is ready. `standard` gives the scheme a real origin (so IndexedDB and
 * relative URLs work), `secure` makes it a secure context like https, `supportFetchAPI` lets the
 * renderer fetch its own assets, and `codeCache` lets V8 keep the compiled scripts between
 * launches, as Chromium does for https pages (Electron keeps it off for custom schemes unless
 * asked): otherwise the editor chunk, Cytoscape with it, is over 600 KB of script compiled afresh
 * on every first open. No CSP bypass, no service workers, no CORS exemptions.
 */
export function registerAppSchemeAsPrivileged(protocol: SchemeRegistrar): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export interface AppProtocolDeps {
  /** Absolute path of the built renderer (dist/renderer inside the app). */
  rootDir: string;
  /** Reads a whole file; rejects with a Node-style `code` (ENOENT, EISDIR…) when it cannot. */
  readFile(filePath: string): Promise<Uint8Array>;
  log(message: string, error?: unknown): void;
}

export interface AppRequest {
  url: string;
  method: string;
}

const NOT_FOUND_CODES = new Set(['ENOENT', 'EISDIR', 'ENOTDIR']);

function errorCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null ? Reflect.get(error, 'code') : undefined;
}

function textResponse(status: number, text: string, extra: Record<string, string> = {}): Response {
  return new Response(text, {
    status,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      ...extra,
    },
  });
}

/** The handler for `protocol.handle(APP_SCHEME, …)`. Every response carries the CSP. */
export function createAppProtocolHandler(
  deps: AppProtocolDeps,
): (request: AppRequest) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return textResponse(405, 'Method not allowed', { Allow: 'GET, HEAD' });
    }
    const resolved = resolveAppAssetPath(deps.rootDir, request.url);
    if (!resolved.ok) return textResponse(403, 'Forbidden');

    let body: Uint8Array;
    try {
      body = await deps.readFile(resolved.value);
    } catch (error) {
      if (NOT_FOUND_CODES.has(String(errorCode(error)))) return textResponse(404, 'Not found');
      deps.log(`Could not read ${resolved.value}`, error);
      return textResponse(500, 'Could not read the file');
    }
    // Copied into its own ArrayBuffer: a Buffer from fs may be a view on a larger shared pool.
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: {
        'Content-Type': contentTypeFor(resolved.value),
        'Content-Length': String(body.byteLength),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  };
}
