import { defineConfig } from 'vitest/config';

// End-to-end tests: the web app built for tests (dist-e2e) in Chromium through playwright-core.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/support/globalSetup.ts'],
    // A test that times out keeps driving the page under the next one, so a slow machine
    // (2 cores under load 20: an import test took 74 s) must not cut one off: no test
    // asserts a time, speed is benched.
    testTimeout: 180_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
