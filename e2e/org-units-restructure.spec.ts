import { expect, test } from '@playwright/test';
import { typeDate } from './support/date-input';
import { login } from './support/login';

test.describe('sắp xếp đơn vị', () => {
  test('thêm đơn vị trực thuộc, đổi tên rồi chia tách, lịch sử ghi lại từng bước', async ({ page }) => {
    await login(page, 'quantri');
    await page.getByTestId('nav-org-units').click();
    await page.getByRole('link', { name: 'Sở Xây dựng', exact: true }).click();
    await expect(page.getByTestId('page-title')).toHaveText('Sở Xây dựng');

    // Create a child unit; a bad code is refused in Vietnamese first.
    await page.getByTestId('org-unit-create').click();
    await page.getByTestId('unit-create-name').fill('Phòng Quản lý nhà');
    await page.getByTestId('unit-create-code').fill('mã có dấu');
    await page.getByTestId('unit-create-type').click();
    await page.getByRole('option', { name: 'Phòng, tổ' }).click();
    await page.getByTestId('unit-create-submit').click();
    await expect(page.getByText('Mã đơn vị chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang')).toBeVisible();
    await page.getByTestId('unit-create-code').fill('SXD-QLN');
    await page.getByTestId('unit-create-submit').click();
    await expect(page.getByText('Đã thêm Phòng Quản lý nhà.')).toBeVisible();

    // Open the new unit from the tree and rename it.
    await page.getByTestId('nav-org-units').click();
    await page.getByRole('link', { name: 'Phòng Quản lý nhà', exact: true }).click();
    await page.getByTestId('org-unit-rename').click();
    await page.getByTestId('unit-rename-name').fill('Phòng Quản lý nhà và Thị trường bất động sản');
    await typeDate(page.getByTestId('unit-rename-date'), '01/07/2025');
    await page.getByTestId('unit-rename-submit').click();
    await expect(page.getByTestId('unit-rename-form')).toHaveCount(0);
    await expect(page.getByTestId('page-title')).toHaveText('Phòng Quản lý nhà và Thị trường bất động sản');
    await expect(page.getByTestId('org-unit-lineage')).toContainText(
      'Đổi tên từ Phòng Quản lý nhà thành Phòng Quản lý nhà và Thị trường bất động sản ngày 01/07/2025',
    );

    // Split it in two; the confirmation comes before anything changes.
    await page.getByTestId('org-unit-split').click();
    for (const [i, name, code] of [
      [0, 'Phòng Quản lý nhà ở', 'SXD-QLNO'],
      [1, 'Phòng Thị trường bất động sản', 'SXD-TTBDS'],
    ] as const) {
      await page.getByTestId(`unit-split-${i}-name`).fill(name);
      await page.getByTestId(`unit-split-${i}-code`).fill(code);
      await page.getByTestId(`unit-split-${i}-type`).click();
      await page.getByRole('option', { name: 'Phòng, tổ' }).click();
    }
    await typeDate(page.getByTestId('unit-split-date'), '01/10/2025');
    await page.getByTestId('unit-split-submit').click();
    await expect(page.getByText('Xác nhận chia tách')).toBeVisible();
    await page.getByTestId('unit-split-confirm').click();
    await expect(page.getByText('Đã chia tách đơn vị.')).toBeVisible();
    await expect(page.getByTestId('org-unit-status')).toHaveText('Đã sáp nhập/giải thể');
    await expect(page.getByTestId('org-unit-lineage')).toContainText(
      'Chia tách thành Phòng Quản lý nhà ở ngày 01/10/2025',
    );
  });

  test('người xem không có nút thêm, đổi tên, chia tách', async ({ page }) => {
    await login(page, 'xem');
    await page.getByTestId('nav-org-units').click();
    await page.getByRole('link', { name: 'Sở Y tế', exact: true }).click();
    await expect(page.getByTestId('page-title')).toHaveText('Sở Y tế');
    await expect(page.getByTestId('org-unit-create')).toHaveCount(0);
    await expect(page.getByTestId('org-unit-rename')).toHaveCount(0);
    await expect(page.getByTestId('org-unit-split')).toHaveCount(0);
  });
});
