import { expect, test } from '@playwright/test';
import { login } from './support/login';

test.describe('cơ cấu tổ chức', () => {
  test('Sở Tài chính hiện việc sáp nhập Sở Kế hoạch và Đầu tư và thành tích của đơn vị tiền thân', async ({
    page,
  }) => {
    await login(page, 'admin');
    await page.getByTestId('nav-org-units').click();

    // Dissolved units are hidden until asked for.
    const tree = page.getByTestId('org-unit-node');
    await expect(tree.filter({ hasText: 'Sở Tài chính' })).toBeVisible();
    await expect(tree.filter({ hasText: 'Sở Kế hoạch và Đầu tư' })).toHaveCount(0);
    await page.getByRole('switch', { name: 'Hiện đơn vị đã sáp nhập/giải thể' }).check();
    await expect(tree.filter({ hasText: 'Sở Kế hoạch và Đầu tư' })).toContainText('Đã sáp nhập/giải thể');

    await page.getByRole('link', { name: 'Sở Tài chính', exact: true }).click();
    await expect(page.getByTestId('page-title')).toHaveText('Sở Tài chính');
    await expect(page.getByTestId('org-unit-lineage')).toContainText(
      'Sáp nhập từ Sở Kế hoạch và Đầu tư ngày 01/03/2025',
    );
    await expect(page.getByTestId('org-unit-people-count')).toHaveText(/^[1-9][\d.]*$/);

    const history = page.getByTestId('org-unit-history-row');
    const predecessorRows = history.filter({ hasText: 'Sở Kế hoạch và Đầu tư' });
    await expect(predecessorRows.first()).toContainText('Đơn vị tiền thân');
    await expect(history.filter({ hasText: 'Sở Tài chính' }).first()).toBeVisible();
  });

  test('đơn vị đã sáp nhập chỉ tới đơn vị kế thừa', async ({ page }) => {
    await login(page, 'admin');
    await page.getByTestId('nav-org-units').click();
    await page.getByRole('switch', { name: 'Hiện đơn vị đã sáp nhập/giải thể' }).check();
    await page.getByRole('link', { name: 'Sở Kế hoạch và Đầu tư', exact: true }).click();
    await expect(page.getByTestId('org-unit-status')).toHaveText('Đã sáp nhập/giải thể');
    await expect(page.getByTestId('org-unit-lineage')).toContainText(
      'Sáp nhập vào Sở Tài chính ngày 01/03/2025',
    );
    await expect(page.getByTestId('org-unit-merge')).toHaveCount(0);
  });

  test('chỉ người có quyền sắp xếp đơn vị mới thấy nút sáp nhập', async ({ page }) => {
    await login(page, 'xem');
    await page.getByTestId('nav-org-units').click();
    await page.getByRole('link', { name: 'Sở Y tế', exact: true }).click();
    await expect(page.getByTestId('page-title')).toHaveText('Sở Y tế');
    await expect(page.getByTestId('org-unit-merge')).toHaveCount(0);
  });
});
