import { expect, type Page, test } from '@playwright/test';
import type { JWK } from 'jose';
import {
  newSigningKey,
  publicKeys,
  startTestOidcProvider,
  type TestOidcProvider,
} from '../apps/server/src/test/oidc-provider';
import { login } from './support/login';
import { OIDC_CLIENTS, oidcIssuer, oidcPort } from './support/oidc';

// Single sign-on in Chromium, through the login page of a real OpenID Connect provider
// (oidc-provider) started here on 127.0.0.1: a citizen through VNeID, an officer through the
// province SSO with an administrator's invitation, and the refusals a browser can provoke (a
// tampered nonce, an expired code, a key the provider does not publish).

test.describe.configure({ mode: 'serial' });

let provider: TestOidcProvider;
let firstKey: JWK;

test.beforeAll(async () => {
  firstKey = await newSigningKey('khoa-e2e-1');
  provider = await startTestOidcProvider({ clients: OIDC_CLIENTS, port: oidcPort, keys: [firstKey] });
});
test.afterAll(async () => {
  await provider?.close();
});

/** The provider's own (development) login page, then its consent page. */
async function signInAtProvider(page: Page, subject: string) {
  await expect(page).toHaveURL(new RegExp(`^${oidcIssuer}/interaction/`));
  await page.locator('input[name="login"]').fill(subject);
  await page.locator('input[name="password"]').fill('mat-khau-bat-ky');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
}

async function startWithButton(page: Page, id: 'vneid' | 'sso', invitation?: string) {
  await page.goto(invitation ? `/dang-nhap?loi-moi=${invitation}` : '/dang-nhap');
  await page.getByTestId(`oidc-login-${id}`).click();
}

async function expectRefused(page: Page, code: string) {
  await expect(page.getByRole('heading', { name: 'Đăng nhập không thành công' })).toBeVisible();
  await expect(page.locator(`[data-error-code="${code}"]`)).toBeVisible();
  // No session was opened.
  expect((await page.request.get('/api/auth/me')).status()).toBe(401);
}

test.describe('đăng nhập một lần (VNeID / SSO)', () => {
  test('công dân đăng nhập bằng VNeID qua trang của nhà cung cấp và thấy hồ sơ của mình', async ({
    page,
  }) => {
    provider.accounts.set('e2e-cong-dan-1', { citizen_id: '001203005555', name: 'Ngô Thị Hoa' });
    await page.goto('/dang-nhap');
    await expect(page.getByTestId('oidc-login-vneid')).toHaveText('Đăng nhập bằng VNeID');
    await expect(page.getByTestId('oidc-login-sso')).toHaveText('Đăng nhập bằng SSO');
    await startWithButton(page, 'vneid');
    await signInAtProvider(page, 'e2e-cong-dan-1');
    await expect(page).toHaveURL(/\/cong-khai\/ho-so-cua-toi$/);
    await expect(page.getByTestId('citizen-name')).toContainText('Ngô Thị Hoa');
    await expect(page.getByTestId('citizen-no-filings')).toBeVisible();
    // The officers' console sends a citizen back to their page; officer routes refuse them.
    expect((await page.request.get('/api/people')).status()).toBe(403);
    await page.goto('/');
    await expect(page).toHaveURL(/\/cong-khai\/ho-so-cua-toi$/);
    // The citizen signs out from their page; the session is gone on the server too.
    await page.getByTestId('citizen-logout').click();
    await expect(page.getByTestId('citizen-login')).toBeVisible();
    expect((await page.request.get('/api/auth/me')).status()).toBe(401);
  });

  test('cán bộ liên kết tài khoản bằng mã mời của quản trị viên rồi vào trang quản trị', async ({ page }) => {
    // Without an invitation the province SSO knows no officer.
    await startWithButton(page, 'sso');
    await signInAtProvider(page, 'e2e-can-bo-sso');
    await expectRefused(page, 'OIDC_NOT_LINKED');

    await login(page, 'quantri');
    await page.goto('/tai-khoan');
    const row = page.getByTestId('users-row').filter({ hasText: 'canbo.sogd' }).first();
    await row.getByTestId('users-oidc-invite').click();
    await page.getByTestId('users-oidc-invite-confirm').click();
    const code = (await page.getByTestId('users-oidc-code').textContent())?.trim() ?? '';
    expect(code).toMatch(/^[A-Z2-9]{10}$/);
    await page.context().clearCookies();

    await startWithButton(page, 'sso', code);
    await signInAtProvider(page, 'e2e-can-bo-sso');
    await expect(page.getByTestId('header-user-name')).toBeVisible();
    expect((await (await page.request.get('/api/auth/me')).json()).user.username).toBe('canbo.sogd');
  });

  test('nonce bị tráo trong yêu cầu gửi nhà cung cấp thì bị từ chối', async ({ page }) => {
    provider.accounts.set('e2e-cong-dan-2', { citizen_id: '001203006666' });
    // The app's redirect to the provider is rewritten on its way to the browser, as an attacker's
    // authorization request would be: same login, another nonce. (Playwright routes the first
    // request of a redirect chain only, so the app's answer is the one rewritten.)
    await page.route(
      (url) => url.pathname === '/dang-nhap/oidc/vneid',
      async (route) => {
        const response = await route.fetch({ maxRedirects: 0 });
        const location = new URL(response.headers().location ?? '');
        location.searchParams.set('nonce', 'nonce-cua-ke-tan-cong');
        await route.fulfill({ response, headers: { ...response.headers(), location: location.toString() } });
      },
    );
    await startWithButton(page, 'vneid');
    await signInAtProvider(page, 'e2e-cong-dan-2');
    await expectRefused(page, 'OIDC_NONCE_MISMATCH');
  });

  test('mã xác thực đã hết hạn thì bị từ chối', async ({ page }) => {
    provider.accounts.set('e2e-cong-dan-3', { citizen_id: '001203007777' });
    provider.setCodeTtl(1);
    try {
      // The browser comes back after the code's second of life is over.
      provider.delayCodeRedirects(2100);
      await startWithButton(page, 'vneid');
      await signInAtProvider(page, 'e2e-cong-dan-3');
      await expectRefused(page, 'OIDC_CODE_REJECTED');
    } finally {
      provider.setCodeTtl(60);
      provider.delayCodeRedirects(0);
    }
  });

  test('nhà cung cấp đổi khóa ký: khóa mới được chấp nhận, khóa không công bố bị từ chối', async ({
    page,
  }) => {
    provider.accounts.set('e2e-cong-dan-4', { citizen_id: '001203008888', name: 'Lý Văn Tâm' });
    const second = await newSigningKey('khoa-e2e-2');
    provider.rotateKeys([second, firstKey]);
    await startWithButton(page, 'vneid');
    await signInAtProvider(page, 'e2e-cong-dan-4');
    await expect(page.getByTestId('citizen-name')).toContainText('Lý Văn Tâm');
    await page.context().clearCookies();

    provider.rotateKeys([await newSigningKey('khoa-la')]);
    provider.publishOnly(publicKeys([second]));
    try {
      await startWithButton(page, 'vneid');
      await signInAtProvider(page, 'e2e-cong-dan-4');
      await expectRefused(page, 'OIDC_SIGNING_KEY_UNKNOWN');
    } finally {
      provider.publishOnly(null);
      provider.rotateKeys([second, firstKey]);
    }
  });
});
