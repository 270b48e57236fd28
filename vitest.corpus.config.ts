import { defineConfig } from 'vitest/config';

// The corpus suite: the real OCR pages in $GALLEY_CORPUS (../shared), run by
// scripts/test-corpus.mjs only when they are there.
export default defineConfig({
  test: {
    include: ['tests/corpus/**/*.test.ts', 'tests/corpus/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
