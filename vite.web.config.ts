import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// The app's icons (resources/, drawn by `npm run icons`) copied into the web build for
// the web app manifest: the same icon as the desktop app's.
const ICONS = ['icon.svg', 'icon-128.png', 'icon-256.png', 'icon-512.png'];
function appIcons(): Plugin {
  return {
    name: 'galley-app-icons',
    generateBundle() {
      for (const name of ICONS)
        this.emitFile({
          type: 'asset',
          fileName: `icons/${name}`,
          source: readFileSync(resolve(__dirname, 'resources', name)),
        });
    },
  };
}

// The same renderer as the desktop app, built as a plain web page (browser Host). The
// `e2e` mode is the build made for tests: it alone carries the test hooks (instruments.ts).
// As a web page it is an installable offline app: a manifest, and a service worker (Workbox,
// through vite-plugin-pwa) that precaches every file of the build, so after one visit it
// opens and works with the network off; the pages themselves live in IndexedDB.
export default defineConfig(({ mode }) => ({
  root: resolve(__dirname, 'src/renderer'),
  base: './',
  plugins: [
    react(),
    appIcons(),
    VitePWA({
      registerType: 'autoUpdate',
      // A script file, not an inline script: the page's Content-Security-Policy allows only 'self'.
      injectRegister: 'script',
      manifest: {
        name: 'Galley',
        short_name: 'Galley',
        description: 'Turn raw newspaper OCR into clean, structured article corpora',
        lang: 'en',
        display: 'standalone',
        start_url: './',
        scope: './',
        background_color: '#f4f3ef',
        theme_color: '#2f5d7c',
        icons: [
          { src: 'icons/icon-128.png', sizes: '128x128', type: 'image/png' },
          { src: 'icons/icon-256.png', sizes: '256x256', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,wasm}'],
        // The app is one large bundle (React, CodeMirror, Dexie): precache it whole.
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first visit's page is served by the worker as soon as it has everything.
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
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
