import { execFileSync } from 'node:child_process';
import { expect, type Page, test } from '@playwright/test';
import { typeDate } from './support/date-input';
import { getJson, signIn } from './support/workflow-api';

// Issue 16: the conference honouring exemplary models has a console page. The emulation office
// creates one, adds honourees from an approved model and from an award, and downloads the honour
// list and the invitations as .docx.

type AwardHit = { subjectType: string; subjectName: string; isRevoked: boolean };

async function docxText(page: Page, testId: string) {
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: testId }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  return execFileSync('unzip', ['-p', await download.path(), 'word/document.xml']).toString('utf8');
}

test('cơ quan thi đua tạo hội nghị điển hình, thêm người vinh danh, tải danh sách và giấy mời', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, 'thamdinh');
  const hits = await getJson<{ items: AwardHit[] }>(page, '/api/awards?pageSize=50');
  const hit = hits.items.find((a) => a.subjectType === 'PERSON' && !a.isRevoked) as AwardHit;

  await page.goto('/hoi-nghi-dien-hinh');
  const form = page.getByTestId('conference-create');
  await form.getByLabel('Tên hội nghị').fill('Hội nghị điển hình tiên tiến tỉnh Sơn Hà năm 2026');
  const heldOn = form.getByLabel('Ngày tổ chức');
  await typeDate(heldOn, '20/12/2026');
  await form.getByLabel('Địa điểm').fill('Hội trường Ủy ban nhân dân tỉnh');
  await form.getByRole('button', { name: 'Tạo hội nghị' }).click();
  await expect(page).toHaveURL(/\/hoi-nghi-dien-hinh\/[0-9a-f-]{36}$/);
  await expect(page.getByText('Chưa có ai trong danh sách vinh danh.')).toBeVisible();

  // An approved model, then a person found by name among the awards.
  await page.getByRole('combobox', { name: 'Thêm điển hình đã công nhận' }).click();
  const model = page.getByRole('option').first();
  await model.click();
  const honourees = page.getByTestId('conference-honourees');
  await expect(honourees.locator('tbody tr')).toHaveCount(1);
  await page.getByRole('combobox', { name: 'Thêm người được khen thưởng' }).fill(hit.subjectName);
  await page
    .getByRole('option', { name: new RegExp(`^${hit.subjectName}: `) })
    .first()
    .click();
  await expect(honourees.locator('tbody tr')).toHaveCount(2);
  await expect(honourees).toContainText(hit.subjectName);

  const list = await docxText(page, 'Tải danh sách vinh danh (.docx)');
  expect(list).toContain(hit.subjectName);
  const invitations = await docxText(page, 'Tải giấy mời (.docx)');
  expect(invitations).toContain(hit.subjectName);
});
