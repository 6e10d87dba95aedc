import { appPort } from './oidc';

// The SMTP server the app sends its e-mail notices to in the browser tests. It listens 11000 above
// the app's port (below 32768, apart for each engineer, next to the OIDC provider's +10000); only
// e2e/december-cycle.spec.ts starts it. While it is down the outbox keeps retrying, which the other
// specs never look at.

export const smtpPort = appPort + 11000;

/** The server's environment: notices by SMTP, and the reminder job every few seconds. */
export const SMTP_SERVER_ENV: Record<string, string> = {
  VINHDANH_SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
  VINHDANH_REMINDER_INTERVAL_SECONDS: '3',
};

/** Loaded on demand: the Playwright config reads this file too and needs only the settings. */
export async function startSmtpServer() {
  const { startSmtpTestServer } = await import('../../apps/server/src/test/smtp-test-server');
  return startSmtpTestServer(smtpPort);
}
