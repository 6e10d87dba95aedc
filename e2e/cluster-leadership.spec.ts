import { expect, type Page, test } from '@playwright/test';
import { login } from './support/login';
import { getJson, postJson, signIn, unitIds } from './support/workflow-api';

async function choose(page: Page, testId: string, option: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('ghi nhận cụm trưởng, cụm phó có xác nhận và ghi nhận giao ước thi đua trên trang cụm', async ({
  page,
}) => {
  const suffix = Date.now().toString(36);
  await signIn(page, 'quantri');
  const ids = await unitIds(page);
  const name = `Cụm luân phiên ${suffix}`;
  const cluster = await postJson<{ id: string }>(page, '/api/clusters', {
    year: 2025,
    name,
    kind: 'CUM',
    organiserLevel: 'TINH',
    organiserUnitId: ids.UBND,
    memberUnitIds: ['SGDDT', 'SYT', 'STC'].map((c) => ids[c]!),
    headUnitId: ids.SGDDT,
    deputyUnitId: ids.SYT,
  });

  await page.context().clearCookies();
  await login(page, 'quantri');
  await page.goto(`/cum-khoi/${cluster.id}`);
  await expect(page.getByTestId('page-title')).toHaveText(name);
  await expect(page.getByTestId('cluster-current-head')).toContainText('Sở Giáo dục và Đào tạo');
  await expect(page.getByTestId('cluster-current-deputy')).toContainText('Sở Y tế');

  // The same unit as head and deputy is refused before anything is sent.
  await choose(page, 'elect-head', 'Sở Y tế');
  await page.getByTestId('elect-submit').click();
  await expect(page.getByText('Cụm trưởng và cụm phó phải là hai đơn vị khác nhau')).toBeVisible();
  await expect(page.getByTestId('elect-confirm')).toBeHidden();

  // Rotation: Sở Y tế leads, Sở Tài chính deputises — only after the confirmation.
  await choose(page, 'elect-deputy', 'Sở Tài chính');
  await page.getByTestId('elect-submit').click();
  await page.getByTestId('elect-confirm').click();
  await expect(page.getByTestId('cluster-current-head')).toContainText('Sở Y tế');
  await expect(page.getByTestId('cluster-current-deputy')).toContainText('Sở Tài chính');
  await expect(page.getByTestId('cluster-leadership-history')).toContainText('Sở Tài chính');

  // Someone else records a rotation meanwhile: the stale form gets the server's message, not a silent overwrite.
  const fresh = await getJson<{ version: number }>(page, `/api/clusters/${cluster.id}`);
  await postJson(page, `/api/clusters/${cluster.id}/leadership`, {
    version: fresh.version,
    termYear: 2026,
    headUnitId: ids.SGDDT,
    deputyUnitId: null,
    electedOn: '2026-01-05',
  });
  await page.getByTestId('elect-submit').click();
  await page.getByTestId('elect-confirm').click();
  await expect(page.getByTestId('error-message')).toContainText('Dữ liệu đã được người khác thay đổi');

  // Pledge: nothing signed is refused in Vietnamese; then two units sign.
  await page.getByTestId('pledge-add').click();
  await page.getByTestId('pledge-submit').click();
  await expect(page.getByText('Nhập tên giao ước')).toBeVisible();
  await expect(page.getByText('Cần ít nhất một đơn vị ký (nhập tên người ký)')).toBeVisible();
  const form = page.getByTestId('pledge-form');
  await form.getByLabel('Tên giao ước').fill('Giao ước thi đua năm 2025');
  await form.getByLabel('Người ký Sở Y tế').fill('Nguyễn Văn An');
  await form.getByLabel('Người ký Sở Tài chính').fill('Trần Thị Bình');
  await page.getByTestId('pledge-submit').click();
  const list = page.getByTestId('pledge-list');
  await expect(list).toContainText('Giao ước thi đua năm 2025');
  await expect(list).toContainText('Sở Y tế: Nguyễn Văn An');
  await expect(list).toContainText('Sở Tài chính: Trần Thị Bình');
  await expect(page.getByTestId('pledge-form')).toBeHidden();
});
