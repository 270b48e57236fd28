import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

// The dev server's hot reload needs React's inline preamble script and a websocket; the
// strict CSP in index.html forbids both. Relax it only while serving, never in a build.
function devServerCsp(): Plugin {
  return {
    name: 'galley-dev-server-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* http://localhost:*"),
  };
}

export default defineConfig({
  main: {},
  // A sandboxed preload must be a single CommonJS file.
  preload: {
    build: { rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } } },
  },
  renderer: {
    plugins: [react(), devServerCsp()],
  },
});
