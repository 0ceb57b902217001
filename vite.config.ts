// Builds the renderer. The same bundle is served by Vite in the browser host (`npm run web`) and
// loaded from the app:// protocol in Electron, so asset paths are relative.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  resolve: {
    alias: { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) },
  },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
});
