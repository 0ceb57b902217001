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
    alias: { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) },
  },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Zod and its settings share one chunk, settings right after Zod: with views loaded on
          // demand, the schemas land in a chunk of their own that the entry imports, so they
          // would otherwise be built before main.tsx could apply zodConfig (and probe for eval,
          // which the CSP reports).
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
