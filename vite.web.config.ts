import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The same renderer as the desktop app, built as a plain web page (browser Host). The
// `e2e` mode is the build made for tests: it alone carries the test hooks (instruments.ts).
export default defineConfig(({ mode }) => ({
  root: resolve(__dirname, 'src/renderer'),
  base: './',
  plugins: [react()],
  build: {
    // GALLEY_DIST_WEB lets parallel work build the test app into its own folder (the e2e
    // support reads the same variable).
    outDir:
      mode === 'e2e'
        ? (process.env.GALLEY_DIST_WEB ?? resolve(__dirname, 'dist-e2e'))
        : resolve(__dirname, 'dist-web'),
    emptyOutDir: true,
    // Served from localhost or the app bundle, never over a slow network: one bundle of
    // React, CodeMirror and Dexie is expected, not a warning.
    chunkSizeWarningLimit: 1500,
  },
  preview: { port: 4173, strictPort: false },
}));
