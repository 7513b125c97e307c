import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { zones } from './modules/zones';

// The unit tests need no build: they run in Node, and only what renders components runs in
// jsdom. The checks of built output are end-to-end (vitest.e2e.config.ts).
const DOM = ['tests/unit/components/**/*.test.tsx', 'tests/unit/places.test.tsx'];

export default defineConfig({
  plugins: [WxtVitest(), zones()],
  test: {
    globals: true,
    // The UK helpline's hours are checked against a fixed zone in each test; this keeps
    // "your time" stable for tests that do not pass one.
    env: { TZ: 'Europe/London' },
    // A harness limit, not a measure: a loaded machine may take seconds to make a holiday table.
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'node', include: ['tests/unit/**/*.test.{ts,tsx}'], exclude: DOM, environment: 'node' } },
      { extends: true, test: { name: 'dom', include: DOM, environment: 'jsdom', setupFiles: ['tests/unit/setup.ts'] } },
    ],
  },
});
