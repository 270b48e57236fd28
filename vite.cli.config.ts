import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The `galley` command line: one ES module for Node, core bundled in, packages external.
export default defineConfig({
  build: {
    ssr: true,
    outDir: resolve(__dirname, 'out/cli'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: {
      input: resolve(__dirname, 'src/cli/index.ts'),
      output: { format: 'es', entryFileNames: 'galley.mjs' },
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
    },
  },
});
