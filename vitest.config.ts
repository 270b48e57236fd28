import { defineConfig } from 'vitest/config';

// Unit tests: Node for core, main and CLI; files under tests/renderer opt into happy-dom
// with a `// @vitest-environment happy-dom` comment.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'tests/corpus/**', 'node_modules/**'],
    environment: 'node',
    // Property tests run hundreds of generated pages each; on a 2-core machine shared with
    // other work they took over the 5 s default (no test asserts a time: speed is benched).
    testTimeout: 30_000,
  },
});
