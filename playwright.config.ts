// End-to-end tests in Debian's Chromium with the test build of the extension loaded.
// `npx playwright install` can't work offline: the browser is /usr/bin/chromium (apt).
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 90_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results/e2e',
});
