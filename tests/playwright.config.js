// Browser tests run by `cargo xtask test`, which starts the real server (fresh
// SQLite file, demo data) and passes its address in BASE_URL.
const { defineConfig } = require('@playwright/test');

if (!process.env.BASE_URL) {
  throw new Error('Run the browser tests with `cargo xtask test` (it starts the server and sets BASE_URL).');
}

module.exports = defineConfig({
  outputDir: './test-results',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  // The same browser twice: as most phones are, and with JavaScript off
  // (iOS Lockdown Mode, a kiosk whose policy blocks the JIT), where every
  // page the server renders must still do its whole job.
  projects: [
    { name: 'javascript', testDir: './e2e' },
    { name: 'no-javascript', testDir: './no-javascript', use: { javaScriptEnabled: false } },
  ],
  use: {
    baseURL: process.env.BASE_URL,
    // A cheap phone held upright.
    viewport: { width: 360, height: 640 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download is not reachable here.
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
