import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'VinhDanh@2026';

/**
 * Logs in through the real login form. Paths are relative, so the page goes to the
 * `baseURL` set in playwright.config.ts.
 */
export async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/dang-nhap');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('header-user-name')).toBeVisible();
}

/** Ends the session through the header button, so no test leaks a session into the next. */
export async function logout(page: Page): Promise<void> {
  await page.getByTestId('logout').click();
  await expect(page.getByTestId('login-form')).toBeVisible();
}
