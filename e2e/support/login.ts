import { expect, type Page } from '@playwright/test';
import { generateSync } from 'otplib';

export const DEMO_PASSWORD = 'VinhDanh@2026';

// What the login fixture learnt while signing in, per username, for the rest of the run: the
// password it chose when the console forced a change, the TOTP secret it enrolled, and the last
// 30-second step it gave a code for (the server refuses a code of a step already used).
const changedPasswords = new Map<string, string>();
const totpSecrets = new Map<string, string>();
const usedSteps = new Map<string, number>();

const STEP_MS = 30_000;

/** The start of the last step the fixture gave a code for: its code is spent (replay tests). */
export function lastTotpStepMs(username: string): number {
  return (usedSteps.get(username) ?? 0) * STEP_MS;
}

/** The code of a moment, as the authenticator app would show it (otplib, RFC 6238). */
export function totpCodeAt(secret: string, ms: number): string {
  return generateSync({ secret, epoch: Math.floor(ms / 1000), period: STEP_MS / 1000 });
}

/**
 * A code the server will accept for this user: of a step after the last one used, waiting for the
 * next 30-second step when this one is spent (the browser cannot move the server's clock).
 */
export async function freshTotpCode(page: Page, username: string): Promise<string> {
  const secret = totpSecrets.get(username);
  if (!secret) throw new Error(`${username}: xác thực hai lớp chưa được bật qua fixture`);
  const last = usedSteps.get(username) ?? -1;
  const nextStepAt = (last + 1) * STEP_MS;
  if (Date.now() < nextStepAt) await page.waitForTimeout(nextStepAt - Date.now() + 250);
  const now = Date.now();
  usedSteps.set(username, Math.floor(now / STEP_MS));
  return totpCodeAt(secret, now);
}

type Me = {
  passwordChangeRequired: boolean;
  mfa: { verificationRequired: boolean; enrolmentRequired: boolean };
};

/**
 * Logs in through the real login form, in one line whatever the account asks next: the TOTP code
 * of an enrolled account, a forced password change (after a reset; the new password is kept for
 * the next `login` of the run), and the enrolment of a second factor the account's roles require
 * (the secret is kept). Paths are relative, so the page goes to the `baseURL` of the config.
 */
export async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  const current = changedPasswords.get(username) ?? password;
  await submitLogin(page, username, current);
  for (let round = 0; round < 3; round++) {
    const me = (await (await page.request.get('/api/auth/me')).json()) as Me;
    if (me.mfa.verificationRequired) {
      await page
        .getByTestId('mfa-verify')
        .getByTestId('mfa-code')
        .fill(await freshTotpCode(page, username));
      await page.getByTestId('mfa-submit').click();
      await expect(page.getByTestId('mfa-verify')).toHaveCount(0);
    } else if (me.passwordChangeRequired) {
      const next = `Doi-mat-khau-${Date.now().toString(36)}-Son-Ha`;
      await page.getByTestId('password-current').fill(current);
      await page.getByTestId('password-new').fill(next);
      await page.getByTestId('password-confirm').fill(next);
      await page.getByTestId('password-submit').click();
      await expect(page.getByTestId('forced-password-change')).toHaveCount(0);
      changedPasswords.set(username, next);
    } else if (me.mfa.enrolmentRequired) {
      await enrolTotp(page, username);
    } else return;
  }
}

/**
 * Only the login form: the page then shows whatever the account asks next (the code, a forced
 * change, enrolment), for the specs that test those screens themselves.
 */
export async function submitLogin(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/dang-nhap');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('header-user-name')).toBeVisible();
}

/** Enrols TOTP on the console's enrolment screen; returns the secret and the recovery codes. */
export async function enrolTotp(page: Page, username: string) {
  await page.getByTestId('mfa-start').click();
  await expect(page.getByTestId('mfa-qr')).toBeVisible();
  const secret = (await page.getByTestId('mfa-secret').textContent())?.trim() ?? '';
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  totpSecrets.set(username, secret);
  await page
    .getByTestId('mfa-enrolment')
    .getByTestId('mfa-code')
    .fill(await freshTotpCode(page, username));
  await page.getByTestId('mfa-enable').click();
  const list = page.getByTestId('mfa-recovery-codes');
  await expect(list).toBeVisible();
  const recoveryCodes = (await list.locator('li').allTextContents()).map((c) => c.trim());
  await page.getByTestId('mfa-recovery-done').click();
  await expect(page.getByTestId('mfa-enrolment')).toHaveCount(0);
  return { secret, recoveryCodes };
}

/** Ends the session through the header button, so no test leaks a session into the next. */
export async function logout(page: Page): Promise<void> {
  await page.getByTestId('logout').click();
  await expect(page.getByTestId('login-form')).toBeVisible();
}
