import { expect, test } from '@playwright/test';
import { queueRow } from './support/my-work';
import { proposalUnderAppraisal } from './support/proposal-setup';
import { signIn } from './support/workflow-api';

// "Việc chờ tôi xử lý": the appraiser finds the dossier in the queue (with its deadline in working
// days and the count in the menu) and opens it from there; once it is returned, it waits for the
// unit's officer instead.

test('việc chờ xử lý: chuyên viên thẩm định mở hồ sơ từ hàng đợi, hồ sơ trả lại chờ cán bộ đơn vị', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { step, current } = await proposalUnderAppraisal(page, {
    title: 'Đề nghị tặng Chiến sĩ thi đua cấp tỉnh (hàng đợi)',
    nominee: 'Phùng Thị Hàng Đợi',
    awardCode: 'CSTD_BO_TINH',
    withInitiative: true,
  });
  const id = current().id;

  // Signed in as the appraiser (thamdinh) by the set-up.
  const row = await queueRow(page, 'PROPOSAL_TO_APPRAISE', id);
  await expect(row).toBeVisible();
  await expect(row).toContainText('Hồ sơ chờ thẩm định');
  await expect(row.getByTestId('my-work-left')).toContainText('ngày làm việc');
  await expect(page.getByTestId('nav-my-work-count')).toBeVisible();
  const count = Number(await page.getByTestId('my-work-count-PROPOSAL_TO_APPRAISE').innerText());
  expect(count).toBeGreaterThanOrEqual(1);
  await row.getByTestId('my-work-open').click();
  await expect(page).toHaveURL(new RegExp(`/ho-so-de-nghi/${id}$`));

  await step('return', { reasons: [{ code: 'OTHER', text: 'Bổ sung bản tóm tắt thành tích có xác nhận' }] });
  // Back in the queue: the returned dossier is no longer the appraiser's work.
  await expect(await queueRow(page, 'PROPOSAL_TO_APPRAISE', id)).toHaveCount(0);

  await signIn(page, 'canbo.sogd');
  const returned = await queueRow(page, 'PROPOSAL_RETURNED', id);
  await expect(returned).toBeVisible();
  await expect(returned).toContainText('Sở Giáo dục');
  // The dashboard shows the same queue at the top.
  await page.goto('/');
  await expect(page.getByTestId('dashboard-my-work')).toContainText('Hồ sơ bị trả lại, cần bổ sung');
});
