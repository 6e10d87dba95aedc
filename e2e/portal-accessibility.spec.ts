import { expect, test } from '@playwright/test';
import { expectAccessible, expectNoHorizontalScroll } from './support/axe';

// Every public page, as a citizen on a phone opens it: no serious or critical accessibility
// violation (axe-core), and nothing wider than a 390 px screen.

test.use({ viewport: { width: 390, height: 844 } });

test('mọi trang công khai đạt kiểm tra tiếp cận và vừa màn hình 390 px', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/cong-khai');
  const decisionHref = await page.getByTestId('decision-list').getByRole('link').first().getAttribute('href');
  await page.goto('/cong-khai/phong-trao');
  const movementHref = await page.getByTestId('movement-list').getByRole('link').first().getAttribute('href');
  await page.goto('/cong-khai/dien-hinh');
  const modelHref = await page.getByTestId('model-list').getByRole('link').first().getAttribute('href');
  const pages = [
    '/cong-khai',
    '/cong-khai/quyet-dinh',
    decisionHref,
    '/cong-khai/bang-vang',
    '/cong-khai/bang-vang?q=nguyen',
    '/cong-khai/phong-trao',
    movementHref,
    '/cong-khai/dien-hinh',
    modelHref,
    '/cong-khai/y-kien',
    '/cong-khai/xac-minh',
    '/cong-khai/xac-minh/ma-gia-mao',
    '/cong-khai/khieu-nai-to-cao',
    '/cong-khai/khieu-nai-to-cao/tra-cuu?ma=KT-KHONGCOMA',
    '/cong-khai/kiem-tra-chu-ky',
    '/cong-khai/nop-ho-so',
    '/cong-khai/nop-ho-so/gia-dinh-van-hoa',
    '/cong-khai/nop-ho-so/tra-cuu?ma=SONHA-261205-000000000000',
  ];
  for (const path of pages) {
    expect(path).toBeTruthy();
    await page.goto(path as string);
    await expect(page.locator('h1')).toBeVisible();
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);
  }
});
