import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { SERVICES } from './data/directory';
import { calendarsOf, holidays, holidayTable } from './modules/holidays';
import { zones } from './modules/zones';

export default defineConfig({
  // The holiday table from 1 January 2026, the year of the tests' fixed clocks, whatever today is.
  plugins: [WxtVitest(), holidays(holidayTable(calendarsOf(SERVICES), '2026-01-01')), zones()],
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
