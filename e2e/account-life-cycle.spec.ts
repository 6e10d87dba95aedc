import { expect, test } from '@playwright/test';
import { login, logout, submitLogin } from './support/login';
import { postJson, signIn, unitIds } from './support/workflow-api';

// An administrator resets a password and disables an account from the users page; the user is
// made to change the password before anything else, and is thrown out when disabled.

test.describe('vòng đời tài khoản', () => {
  test('đặt lại mật khẩu buộc đổi khi đăng nhập; vô hiệu hóa đăng xuất người dùng ngay', async ({
    page,
    browser,
  }) => {
    const username = `canbo.vongdoi.${Date.now().toString(36)}`;
    await signIn(page, 'quantri');
    const ids = await unitIds(page);
    await postJson(page, '/api/users', {
      username,
      fullName: 'Cán bộ Vòng Đời',
      password: 'Ban-dau-Son-Ha-2026',
      roles: ['UNIT_OFFICER'],
      unitId: ids.SGDDT,
    });
    await page.context().clearCookies();

    // The administrator resets the password from the users page.
    await login(page, 'quantri');
    await expect(page.getByTestId('demo-banner')).toBeVisible();
    await page.goto('/tai-khoan');
    const row = page.getByTestId('users-row').filter({ hasText: username });
    await row.getByTestId('users-reset').click();
    await page.getByTestId('users-reset-password').fill('Tam-thoi-Son-Ha-7');
    await page.getByTestId('users-reset-confirm').click();
    await expect(row).toContainText('Chờ đổi mật khẩu');

    // The user signs in with the temporary password and sees only the change form.
    const userContext = await browser.newContext();
    const userPage = await userContext.newPage();
    await submitLogin(userPage, username, 'Tam-thoi-Son-Ha-7');
    await expect(userPage.getByTestId('forced-password-change')).toBeVisible();
    await userPage.getByTestId('password-current').fill('Tam-thoi-Son-Ha-7');
    await userPage.getByTestId('password-new').fill('1234567890');
    await userPage.getByTestId('password-confirm').fill('1234567890');
    await userPage.getByTestId('password-submit').click();
    await expect(userPage.getByTestId('password-form')).toContainText('quá');
    await userPage.getByTestId('password-new').fill('Cay-da-dau-lang-88');
    await userPage.getByTestId('password-confirm').fill('Cay-da-dau-lang-88');
    await userPage.getByTestId('password-submit').click();
    await expect(userPage.getByTestId('forced-password-change')).toHaveCount(0);
    await expect(userPage.getByTestId('nav-people')).toBeVisible();

    // Disabled (after a confirmation): the user's next page load goes to the login form.
    await page.reload();
    await row.getByTestId('users-disable').click();
    await page.getByTestId('users-disable-confirm').click();
    await expect(row.getByTestId('users-disabled')).toBeVisible();
    await userPage.goto('/ca-nhan');
    await expect(userPage.getByTestId('login-form')).toBeVisible();
    await userPage.getByTestId('login-username').fill(username);
    await userPage.getByTestId('login-password').fill('Cay-da-dau-lang-88');
    await userPage.getByTestId('login-submit').click();
    await expect(userPage.getByText('Tài khoản đã bị vô hiệu hóa')).toBeVisible();
    await userContext.close();
    await logout(page);
  });
});
