import { expect, test } from '@playwright/test';
import { getJson, signIn } from './support/workflow-api';

// Issue 16, the console's part of complaints: an officer records a complaint received on paper
// (subject, content, the filer's contact, the date received) and handles it; the conclusion names
// the award it finds must be revoked and, for a concluder who may revoke, revokes it after a
// second confirmation.

type AwardHit = {
  id: string;
  subjectType: string;
  subjectName: string;
  unitName: string;
  isRevoked: boolean;
};

test('cán bộ vào sổ đơn giấy, thụ lý; kết luận thu hồi khen thưởng sau khi xác nhận', async ({ page }) => {
  test.setTimeout(150_000);
  // A person of the demo province with an award not revoked.
  await signIn(page, 'quantri');
  const hits = await getJson<{ items: AwardHit[] }>(page, '/api/awards?pageSize=50');
  const hit = hits.items.find((a) => a.subjectType === 'PERSON' && !a.isRevoked) as AwardHit;
  expect(hit).toBeTruthy();

  // 1. The paper filing, recorded by the complaint handler.
  await signIn(page, 'khieunai');
  await page.goto('/khieu-nai-to-cao');
  await page.getByTestId('paper-complaint-open').click();
  const form = page.getByTestId('paper-complaint');
  await form.getByLabel('Tố cáo', { exact: true }).check();
  await form.getByLabel('Cá nhân bị khiếu nại, tố cáo (nếu có trong hệ thống)').fill(hit.subjectName);
  await page
    .getByRole('option', { name: `${hit.subjectName} — ${hit.unitName}` })
    .first()
    .click();
  await expect(form.getByLabel('Người, đơn vị, hồ sơ hoặc quyết định bị khiếu nại, tố cáo')).toHaveValue(
    hit.subjectName,
  );
  await form
    .getByLabel('Nội dung đơn')
    .fill('Đơn gửi qua bưu điện: hồ sơ khen thưởng kê khai thành tích không đúng với thực tế.');
  await form.getByLabel('Họ và tên người gửi').fill('Người Gửi Đơn Giấy');
  await form.getByLabel('Số điện thoại hoặc thư điện tử của người gửi').fill('0987000111');
  await page.getByTestId('paper-complaint-submit').click();
  await expect(page).toHaveURL(/\/khieu-nai-to-cao\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('complaint-state')).toHaveAttribute('data-state', 'RECEIVED');
  await expect(page.locator('main')).toContainText('Đơn giấy');
  await expect(page.locator('main')).not.toContainText('Người Gửi Đơn Giấy');
  const caseUrl = page.url();

  // 2. Classified and accepted by the handler.
  await page.getByTestId('complaint-classify-submit').click();
  await expect(page.getByTestId('complaint-state')).toHaveAttribute('data-state', 'CLASSIFIED');
  await page.getByTestId('complaint-accept').click();
  await expect(page.getByTestId('complaint-state')).toHaveAttribute('data-state', 'ACCEPTED');
  // The handler may name the award, not revoke it: the leader decides that.
  await page.getByTestId('complaint-conclude').getByLabel('Đúng', { exact: true }).check();
  const revocation = page.getByTestId('complaint-revocation');
  await expect(revocation).toBeVisible();
  await revocation.getByLabel('Khen thưởng phải thu hồi theo kết luận (nếu có)').click();
  await page.getByRole('option').first().click();
  await expect(revocation).toContainText('việc thu hồi do lãnh đạo có thẩm quyền quyết định');
  await expect(revocation.getByLabel('Thu hồi ngay khi kết luận')).toHaveCount(0);

  // 3. An administrator (who may revoke) concludes and revokes, after confirming.
  await signIn(page, 'quantri');
  await page.goto(caseUrl);
  const conclude = page.getByTestId('complaint-conclude');
  await conclude.getByLabel('Đúng', { exact: true }).check();
  await conclude
    .getByLabel('Nội dung kết luận')
    .fill('Thành tích kê khai không đúng thực tế, có căn cứ thu hồi.');
  await conclude
    .getByLabel('Trả lời người gửi (hiển thị khi tra cứu bằng mã đơn)')
    .fill('Nội dung tố cáo đúng; khen thưởng được thu hồi.');
  await conclude.getByLabel('Khen thưởng phải thu hồi theo kết luận (nếu có)').click();
  await page.getByRole('option').first().click();
  await conclude.getByLabel('Thu hồi ngay khi kết luận').check();
  await page.getByTestId('complaint-conclude-submit').click();
  const confirm = page.getByTestId('complaint-revoke-confirm');
  await expect(confirm).toContainText('không thể hoàn tác');
  await page.getByTestId('complaint-revoke-confirm-submit').click();
  await expect(page.getByTestId('complaint-state')).toHaveAttribute('data-state', 'CONCLUDED');
  await expect(page.getByTestId('complaint-revocation-fact')).toContainText('Đã thu hồi ngày');
});
