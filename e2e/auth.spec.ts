import { expect, test } from '@playwright/test';
import { login, logout } from './support/login';

const NAV_KEYS = ['dashboard', 'org-units', 'people', 'users', 'audit'] as const;
type NavKey = (typeof NAV_KEYS)[number];

const READER: NavKey[] = ['dashboard', 'org-units', 'people'];
const ADMIN: NavKey[] = [...NAV_KEYS];

// What each demo account must (and must not) see in the menu, from its role's permissions.
const ACCOUNTS: { username: string; fullName: string; menu: NavKey[] }[] = [
  { username: 'admin', fullName: 'Quản trị hệ thống', menu: ADMIN },
  { username: 'quantri', fullName: 'Lê Minh Tuấn', menu: ADMIN },
  { username: 'canbo.sogd', fullName: 'Nguyễn Thị Hường', menu: READER },
  { username: 'thamdinh', fullName: 'Trần Văn Bình', menu: READER },
  { username: 'thuky', fullName: 'Phạm Thu Trang', menu: READER },
  { username: 'hoidong', fullName: 'Đặng Quang Huy', menu: READER },
  { username: 'lanhdao', fullName: 'Hoàng Đức Long', menu: READER },
  { username: 'xem', fullName: 'Bùi Thị Lan', menu: READER },
];

test.describe('đăng nhập và menu theo vai trò', () => {
  for (const account of ACCOUNTS) {
    test(`${account.username} thấy đúng menu của vai trò`, async ({ page }) => {
      await login(page, account.username);
      await expect(page.getByTestId('header-user-name')).toHaveText(account.fullName);
      await expect(page.getByTestId('header-user-unit')).toContainText('Tỉnh Sơn Hà');
      for (const key of NAV_KEYS) {
        const item = page.getByTestId(`nav-${key}`);
        if (account.menu.includes(key)) await expect(item).toBeVisible();
        else await expect(item).toHaveCount(0);
      }
      await logout(page);
    });
  }

  test('menu hiển thị nhãn tiếng Việt', async ({ page }) => {
    await login(page, 'quantri');
    await expect(page.getByTestId('nav-dashboard')).toHaveText('Tổng quan');
    await expect(page.getByTestId('nav-org-units')).toHaveText('Đơn vị');
    await expect(page.getByTestId('nav-people')).toHaveText('Cá nhân');
    await expect(page.getByTestId('nav-users')).toHaveText('Tài khoản');
    await expect(page.getByTestId('nav-audit')).toHaveText('Nhật ký');
  });

  test('quản trị tỉnh thấy đúng tổng số cá nhân trên trang Tổng quan, không phải "hơn 1.000"', async ({
    page,
  }) => {
    await login(page, 'quantri');
    const count = await page.request.get('/api/people/count');
    const { total } = (await count.json()) as { total: number };
    // The demo province holds about 2,000 people: more than the list's capped count of 1,000.
    expect(total).toBeGreaterThan(1000);
    await expect(page.getByTestId('stat-people-total')).toHaveText(
      String(total).replace(/\B(?=(\d{3})+(?!\d))/g, '.'),
    );
  });

  test('người xem mở thẳng trang Tài khoản thì bị đưa về Tổng quan', async ({ page }) => {
    await login(page, 'xem');
    await page.goto('/tai-khoan');
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByTestId('page-title')).toContainText('Xin chào');
  });

  test('sai mật khẩu báo lỗi bằng tiếng Việt', async ({ page }) => {
    await page.goto('/dang-nhap');
    await page.getByTestId('login-username').fill('lanhdao');
    await page.getByTestId('login-password').fill('sai-mat-khau');
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('login-error')).toHaveText('Tên đăng nhập hoặc mật khẩu không đúng.');
    await expect(page).toHaveURL(/\/dang-nhap/);
  });

  test('gõ được tên đăng nhập trước khi mã trang tải xong, và giữ nguyên chữ đã gõ khi trang sẵn sàng', async ({
    page,
  }) => {
    // Hold every script until the user has typed: the server's plain-HTML form must be usable alone.
    let release!: () => void;
    const scriptsHeld = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/assets/*.js', async (route) => {
      await scriptsHeld;
      await route.continue();
    });
    await page.goto('/dang-nhap', { waitUntil: 'commit' });
    await expect(page.getByTestId('login-username')).toBeEnabled();
    await expect(page.getByTestId('login-form')).toHaveCount(0); // React's form is not there yet
    await page.getByTestId('login-username').fill('xem');
    await page.getByLabel('Mật khẩu').fill('VinhDanh@2026');
    // Enter before the page is ready sends nothing (its button is disabled).
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/dang-nhap$/);
    release();
    await expect(page.getByTestId('login-form')).toBeVisible();
    await expect(page.getByTestId('login-username')).toHaveValue('xem');
    await expect(page.getByTestId('login-password')).toHaveValue('VinhDanh@2026');
    await expect(page.getByTestId('login-password')).toBeFocused();
    await expect(page.locator('#vd-login-shell')).toHaveCount(0);
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('page-title')).toContainText('Xin chào');
  });

  test('bỏ trống ô đăng nhập báo lỗi bằng tiếng Việt', async ({ page }) => {
    await page.goto('/dang-nhap');
    await page.getByTestId('login-submit').click();
    await expect(page.getByText('Vui lòng nhập tên đăng nhập')).toBeVisible();
    await expect(page.getByText('Vui lòng nhập mật khẩu')).toBeVisible();
  });

  test('chưa đăng nhập thì bị chuyển tới trang đăng nhập rồi quay lại trang cũ', async ({ page }) => {
    await page.goto('/ca-nhan');
    await expect(page.getByTestId('login-form')).toBeVisible();
    await page.getByTestId('login-username').fill('xem');
    await page.getByTestId('login-password').fill('VinhDanh@2026');
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('page-title')).toHaveText('Danh sách cá nhân');
  });
});
