import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The end-to-end suite runs the built extension in real browsers, one file at a time.
export default defineConfig({
  // The app's own "@/" alias, for tests that read its data and plans.
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    // Some hooks build the extension again (a grown copy, a release) or run a browser many
    // times; on a busy machine that takes minutes. A timeout here guards a hang, never speed.
    hookTimeout: 600_000,
    reporters: ['default'],
  },
});
