import { expect, test } from '@playwright/test';
import { typeDate } from './support/date-input';
import { downloadDocx } from './support/docx';
import { login } from './support/login';

// Issue 16, build item 4: the inspector (demo `kiemtra`) plans an inspection of a department,
// records a finding with a follow-up deadline that holds the department (after a confirmation),
// downloads the plan's report and reads the finding back from the .docx, then records the
// follow-up done, which releases the hold.

test('cán bộ kiểm tra lập kế hoạch, ghi kết quả có hạn thực hiện và tải báo cáo', async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, 'kiemtra');
  await page.getByTestId('nav-inspections').click();
  await expect(page.getByTestId('page-title')).toHaveText('Kiểm tra công tác thi đua, khen thưởng');
  // The demo province's plan of the year is there.
  await expect(page.getByTestId('inspection-plan-list')).toContainText('Kế hoạch kiểm tra công tác thi đua');

  const title = `Kế hoạch kiểm tra chuyên đề ${Date.now().toString(36)}`;
  await page.getByTestId('plan-create').click();
  await page.getByTestId('plan-title').fill(title);
  await page.getByTestId('plan-unit').fill('Sở Y tế');
  await page.getByRole('option', { name: 'Sở Y tế', exact: true }).click();
  await typeDate(page.getByTestId('plan-unit-start'), '05/10/2026');
  await typeDate(page.getByTestId('plan-unit-end'), '07/10/2026');
  await page.getByTestId('plan-save').click();
  await expect(page).toHaveURL(/\/kiem-tra\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('page-title')).toHaveText(title);
  await expect(page.getByTestId('plan-units')).toContainText('Sở Y tế');
  await expect(page.getByTestId('plan-units')).toContainText('05/10/2026 – 07/10/2026');

  const form = page.getByTestId('finding-form');
  await form.getByTestId('finding-content').fill('Chưa lập hồ sơ lưu trữ khen thưởng theo đúng quy định.');
  await form.getByTestId('finding-recommendation').fill('Lập sổ theo dõi và hồ sơ lưu trữ khen thưởng');
  await typeDate(form.getByTestId('finding-due'), '31/12/2026');
  await form.getByTestId('finding-action-HOLD').check();
  await form.getByTestId('finding-submit').click();
  // A hold is asked for a second time before it stops the department's dossiers.
  await expect(page.getByRole('dialog')).toContainText('TẠM HOÃN xét khen thưởng');
  await page.getByTestId('finding-confirm').click();
  const row = page.getByTestId('finding-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('31/12/2026');
  await expect(row.getByTestId('finding-measure')).toContainText('Tạm hoãn xét khen thưởng: Sở Y tế');

  const xml = await downloadDocx(page, 'plan-report');
  expect(xml).toContain('BÁO CÁO');
  expect(xml).toContain(title);
  expect(xml).toContain('Sở Y tế');
  expect(xml).toContain('Lập sổ theo dõi và hồ sơ lưu trữ khen thưởng');
  expect(xml).toContain('31/12/2026');

  await row.getByTestId('finding-complete').click();
  await page.getByTestId('complete-note').fill('Sở đã lập sổ theo dõi khen thưởng.');
  await page.getByTestId('complete-submit').click();
  await expect(row).toContainText('Hoàn thành ngày');
});
