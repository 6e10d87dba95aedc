import { defineConfig } from '@playwright/test';
import { OIDC_SERVER_ENV } from './support/oidc';
import { SMTP_SERVER_ENV } from './support/smtp';

const port = Number(process.env.E2E_PORT ?? 3100);

// Debian's Chromium, never a downloaded browser. The server runs on a fresh PGlite
// data directory with the demo province, exactly as `npm start` would.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '../test-results/playwright.json' }]],
  outputDir: '../test-results/e2e',
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `node ../scripts/e2e-server.mjs ${port}`,
    url: `http://localhost:${port}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    // Single sign-on points at the provider e2e/oidc.spec.ts starts, e-mail at the SMTP server
    // e2e/december-cycle.spec.ts starts (both unused by the other specs).
    env: { ...(process.env as Record<string, string>), ...OIDC_SERVER_ENV, ...SMTP_SERVER_ENV },
  },
});
