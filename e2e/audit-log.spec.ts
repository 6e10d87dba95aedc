import { expect, test } from '@playwright/test';
import { login } from './support/login';

// The audit page after the log became several chains per tenant (issue 19): events come newest
// first by time, each shown as "shard · seq", and further pages continue from the server's cursor.
test('trang Nhật ký liệt kê sự kiện theo chuỗi và số thứ tự', async ({ page }) => {
  await login(page, 'quantri');
  await page.goto('/nhat-ky');
  const rows = page.getByTestId('audit-row');
  await expect(rows.first()).toBeVisible();
  await expect(rows.first().locator('td').first()).toHaveText(/^\d+ · \d+$/);
  const shown = await rows.count();
  const more = page.getByRole('button', { name: 'Xem thêm' });
  if (await more.isVisible()) {
    await more.click();
    await expect.poll(() => rows.count()).toBeGreaterThan(shown);
  }
});
