// Builds the renderer. The same bundle is served by Vite in the browser host (`npm run web`) and
// loaded from the app:// protocol in Electron, so asset paths are relative.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY_META } from './shared/security/contentSecurityPolicy.ts';

// The built page carries the app's CSP. The dev server (npm run web) does not, because Vite's
// hot reload needs inline scripts and a websocket; everything tested and shipped is the build.
function contentSecurityPolicy(): Plugin {
  return {
    name: 'stakemap-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  resolve: {
    alias: [
      { find: '@shared', replacement: fileURLToPath(new URL('./shared', import.meta.url)) },
      // Jitless Zod for every schema, in the page and its workers (renderer/zodConfig.ts).
      {
        find: /^zod$/,
        replacement: fileURLToPath(new URL('./renderer/zodConfig.ts', import.meta.url)),
      },
    ],
  },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Zod and its settings share one chunk, which every chunk with schemas imports.
          groups: [
            {
              name: 'zod',
              test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]renderer[\\/]zodConfig\.ts$/,
            },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
});
