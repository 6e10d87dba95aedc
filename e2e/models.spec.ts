import { expect, test } from '@playwright/test';
import { expectAccessible, expectNoHorizontalScroll } from './support/axe';

// Issue 16 acceptance, the models' part: a citizen with no login opens the portal, finds an
// exemplary model of the demo province and reads its story and how far it spread, on a phone.

test.use({ viewport: { width: 390, height: 844 } });

test('người dân mở cổng thông tin, tìm và đọc một điển hình tiên tiến', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/cong-khai');
  const home = page.getByRole('region', { name: 'Điển hình tiên tiến' });
  await expect(home.getByTestId('model-list').getByRole('link').first()).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Chuyên mục' })
    .getByRole('link', { name: 'Điển hình tiên tiến' })
    .click();
  await expect(page).toHaveURL(/\/cong-khai\/dien-hinh$/);
  await expect(page.locator('h1')).toHaveText('Điển hình tiên tiến');
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);

  const practice = page.getByRole('link', { name: /Tổ tự quản đường làng/ });
  await expect(practice).toBeVisible();
  await practice.click();
  await expect(page.locator('h1')).toContainText('Tổ tự quản đường làng sáng – xanh – sạch');
  await expect(page.getByTestId('model-story')).toContainText('đèn năng lượng mặt trời');
  await expect(page.getByTestId('model-adoptions')).toHaveText(/\d+ đơn vị đã nhân rộng/);
  await expect(page.getByRole('heading', { name: 'Đơn vị đã nhân rộng' })).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
});
