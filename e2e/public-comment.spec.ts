import { expect, type Page, test } from '@playwright/test';
import { proposalUnderAppraisal } from './support/proposal-setup';
import { getJson, signIn } from './support/workflow-api';

// Public comment (law.md §6.2): the office publishes the list on the portal; a citizen reads it and
// comments without an account; the office upholds the comment and the item goes back to appraisal.

const NOMINEE = 'Lã Thị Thanh Huyền';

/** A dossier for Chiến sĩ thi đua toàn quốc (public comment required), published by the office. */
async function publishList(page: Page): Promise<string> {
  const { step, current } = await proposalUnderAppraisal(page, {
    title: 'Đề nghị Chiến sĩ thi đua toàn quốc',
    nominee: NOMINEE,
    awardCode: 'CSTDTQ',
    withInitiative: false,
  });
  // The office finds the nominee eligible against the engine (an override needs a reason).
  await step('appraise-item', {
    itemId: current().items[0]?.id,
    override: { eligible: true, reason: 'Hồ sơ gốc có sáng kiến cấp toàn quốc chưa nhập vào hệ thống' },
  });
  await step('public-comment/open', { days: 10 });
  return current().id;
}

test('danh sách lấy ý kiến công khai, góp ý không cần đăng nhập, ý kiến được chấp nhận', async ({ page }) => {
  test.setTimeout(120_000);
  const proposalId = await publishList(page);

  // A citizen, without an account.
  await page.context().clearCookies();
  await page.goto('/cong-khai/y-kien');
  await expect(page.getByTestId('page-title')).toHaveText(
    'Lấy ý kiến nhân dân về danh sách đề nghị khen thưởng',
  );
  const item = page.locator(`[data-testid="public-item"][data-subject="${NOMINEE}"]`);
  await expect(item).toBeVisible();
  // The page is server-rendered: the form opens and posts without any script.
  await item.getByText('Góp ý về trường hợp này').click();
  await item.getByLabel('Họ và tên').fill('Trần Văn Dân');
  await item.getByLabel('Số điện thoại hoặc thư điện tử').fill('0912345678');
  await item
    .getByLabel('Nội dung ý kiến')
    .fill('Người này đang bị xem xét kỷ luật tại đơn vị, đề nghị làm rõ.');
  await item.getByRole('button', { name: 'Gửi ý kiến' }).click();
  await expect(
    page.locator(`[data-testid="public-item"][data-subject="${NOMINEE}"]`).getByTestId('comment-sent'),
  ).toBeVisible();

  // The office upholds it: the item goes back to appraisal.
  await signIn(page, 'thamdinh');
  await page.goto(`/ho-so-de-nghi/${proposalId}`);
  await expect(page.getByTestId('proposal-state')).toHaveAttribute('data-state', 'PUBLIC_COMMENT');
  const comments = page.getByTestId('proposal-comments');
  await expect(comments.getByTestId('comment-row')).toContainText('Người này đang bị xem xét kỷ luật');
  await comments.getByTestId('triage-note').fill('Đã xác minh, cần thẩm định lại');
  await comments.getByTestId('comment-uphold').click();
  await expect(page.getByTestId('proposal-state')).toHaveAttribute('data-state', 'APPRAISAL');
  await expect(page.getByTestId('proposal-items')).toContainText('Chưa thẩm định');
  const view = await getJson<{ publicCommentDone: boolean }>(page, `/api/proposals/${proposalId}`);
  expect(view.publicCommentDone).toBe(false);

  // The list is taken down from the portal.
  await page.context().clearCookies();
  await page.goto('/cong-khai/y-kien');
  await expect(page.getByTestId('page-title')).toBeVisible();
  await expect(page.locator(`[data-testid="public-item"][data-subject="${NOMINEE}"]`)).toHaveCount(0);
});
