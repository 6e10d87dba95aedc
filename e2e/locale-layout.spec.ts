import { expect, test } from '@playwright/test';
import { login } from './support/login';
import { getJson } from './support/workflow-api';

// Issue 11 item 7, in a browser whose locale is not Vietnamese: numbers take the decimal comma and
// refuse out-of-range values, dates read dd/mm/yyyy, award search never shows the previous query's
// rows as the new result, and the movement page counts its participating units one way.
test.use({ locale: 'en-US' });

test('số có dấu phẩy thập phân được giữ, số ngoài khoảng bị từ chối chứ không bị cắt', async ({ page }) => {
  await login(page, 'quantri');
  await page.goto('/');
  await page.getByTestId('nav-document-settings').click();
  const offset = page.getByTestId('settings-blankStockOffsetXMm');
  await offset.fill('75');
  await page.getByTestId('settings-save').click();
  await expect(page.getByText('Giá trị phải từ -50 đến 50')).toBeVisible();
  await expect(offset).toHaveValue('75');
  await offset.fill('18,5');
  await page.getByTestId('settings-blankStockOffsetYMm').fill('0');
  await page.getByTestId('settings-save').click();
  await expect(page.getByText('Đã lưu thiết lập văn bản.')).toBeVisible();
  const saved = await getJson<{ blankStockOffsetXMm: number }>(page, '/api/document-settings');
  expect(saved.blankStockOffsetXMm).toBe(18.5);
  await page.reload();
  await expect(page.getByTestId('settings-blankStockOffsetXMm')).toHaveValue('18,5');
});

test('ngày nhập dd/mm/yyyy dù trình duyệt dùng tiếng Anh; ngày không có thật bị từ chối', async ({
  page,
}) => {
  await login(page, 'quantri');
  await page.getByTestId('nav-org-units').click();
  await page.getByRole('link', { name: 'Sở Xây dựng', exact: true }).click();
  await page.getByTestId('org-unit-create').click();
  const name = `Phòng Thử ngày ${Date.now().toString(36)}`;
  await page.getByTestId('unit-create-name').fill(name);
  await page.getByTestId('unit-create-code').fill(`SXD-N${Date.now().toString(36).toUpperCase()}`);
  await page.getByTestId('unit-create-type').click();
  await page.getByRole('option', { name: 'Phòng, tổ' }).click();
  const validFrom = page.getByRole('dialog').getByLabel('Hiệu lực từ');
  await validFrom.fill('31/02/2025');
  await validFrom.blur();
  await expect(page.getByText('"31/02/2025" không phải ngày hợp lệ')).toBeVisible();
  await validFrom.fill('01/07/2025');
  await validFrom.blur();
  await expect(validFrom).toHaveValue('01/07/2025');
  await page.getByTestId('unit-create-submit').click();
  await expect(page.getByText(`Đã thêm ${name}.`)).toBeVisible();
});

test('tra cứu khen thưởng hiện trạng thái đang tìm và không hiện kết quả của truy vấn trước', async ({
  page,
}) => {
  await login(page, 'quantri');
  await page.goto('/tra-cuu-khen-thuong');
  await expect(page.getByTestId('award-search-row').first()).toBeVisible();
  // Hold the next query's answer so the moment between the two results can be looked at.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/api\/awards\?.*q=nguyen/, async (route) => {
    await held;
    await route.continue();
  });
  await page.getByTestId('award-search-q').fill('nguyen');
  await expect(page.getByTestId('award-search-loading')).toBeVisible();
  await expect(page.getByTestId('award-search-row')).toHaveCount(0);
  release();
  await expect(page.getByTestId('award-search-loading')).toBeHidden();
  const names = await page.getByTestId('award-search-name').allInnerTexts();
  expect(names.length).toBeGreaterThan(0);
  for (const n of names) expect(n).toMatch(/nguyễn/i);
});

test('trang phong trào đếm đơn vị tham gia một cách', async ({ page }) => {
  await login(page, 'quantri');
  const { items } = await getJson<{ items: { id: string }[] }>(page, '/api/movements?year=2025');
  expect(items.length).toBeGreaterThan(0);
  for (const m of items.slice(0, 3)) {
    await page.goto(`/phong-trao/${m.id}`);
    const badges = page.getByTestId('movement-participant');
    await expect(page.getByTestId('movement-participants-title')).toBeVisible();
    const n = await badges.count();
    await expect(page.getByTestId('movement-participant-count')).toHaveText(`Đơn vị tham gia (${n})`);
    await expect(page.getByTestId('movement-participants-title')).toHaveText(`Đơn vị tham gia (${n})`);
    await expect(page.getByTestId('movement-registered-count')).toContainText(`/${n} `);
  }
});
