import { expect, type Page, test } from '@playwright/test';
import { login, logout } from './support/login';

// The console and the portal run under the strict Content-Security-Policy (nonces, no
// 'unsafe-inline' scripts) without the browser blocking anything they need: no violation is
// reported while an officer signs in and opens the busiest pages, and Mantine's styles apply.

/** Collects the policy violations the page reports, from its first script on. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (v: string) => violations.push(v));
  // Written as page source: this project's e2e code is type-checked without the DOM library.
  await page.addInitScript(`document.addEventListener('securitypolicyviolation', (e) =>
    window.reportCspViolation(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber));`);
  return violations;
}

test.describe('chính sách bảo mật nội dung (CSP)', () => {
  test('bảng điều khiển chạy dưới CSP có nonce, không vi phạm nào', async ({ page }) => {
    const violations = await watchViolations(page);
    const res = await page.goto('/dang-nhap');
    const csp = res?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self' 'nonce-");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'self'");

    // Mantine's generated CSS variables are in a <style> tag the policy let through.
    const primary = await page.evaluate<string>(
      "getComputedStyle(document.documentElement).getPropertyValue('--mantine-color-blue-6')",
    );
    expect(primary.trim()).not.toBe('');
    await login(page, 'quantri');
    for (const path of ['/ca-nhan', '/don-vi', '/ho-so-de-nghi', '/tai-khoan', '/thong-ke']) {
      await page.goto(path);
      await expect(page.getByTestId('header-user-name')).toBeVisible();
    }
    expect(violations).toEqual([]);
    // A script injected without the nonce is refused (what an XSS payload would be).
    await page.evaluate(`{
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.head.appendChild(s);
    }`);
    expect(await page.evaluate('window.__injected === true')).toBe(false);
    await expect.poll(() => violations.length).toBe(1);
    expect(violations[0]).toMatch(/^script-src(-elem)? inline/);
    await logout(page);
  });

  test('cổng công khai: có CSP, không vi phạm nào', async ({ page }) => {
    const violations = await watchViolations(page);
    const res = await page.goto('/cong-khai');
    expect(res?.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(res?.headers()['x-content-type-options']).toBe('nosniff');
    await expect(page.locator('h1')).toBeVisible();
    await page.goto('/cong-khai/quyet-dinh');
    expect(violations).toEqual([]);
  });
});
