import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    globals: true,
    setupFiles: ['tests/unit/setup.ts'],
    // The UK helpline's hours are checked against a fixed zone in each test; this keeps
    // "your time" stable for tests that do not pass one.
    env: { TZ: 'Europe/London' },
  },
});
