import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, expectNoHorizontalScroll } from './support/axe';
import { proposalUnderAppraisal } from './support/proposal-setup';
import { qrOfFirstPage } from './support/qr';
import { signIn } from './support/workflow-api';

// Issue 16's acceptance in Chromium: a citizen with no account reads the portal (a published
// decision, an exemplary model reached from the home page, a certificate's verification, a nominee's achievements), comments and files a
// denunciation against the nominee; the complaint handler classifies and accepts it from the
// console and the nominee's dossier shows the hold; the conclusion releases it, and the citizen
// reads the answer with the tracking code.

const NOMINEE = 'Khổng Thị Minh Nguyệt';
const ANSWER = 'Đã xác minh: sáng kiến do chính người được đề nghị thực hiện. Nội dung tố cáo không đúng.';

/** A Chiến sĩ thi đua toàn quốc dossier published for public comment; returns it and its item. */
async function listOpenForComment(page: Page) {
  const { step, current } = await proposalUnderAppraisal(page, {
    title: 'Đề nghị Chiến sĩ thi đua toàn quốc (lấy ý kiến, tố cáo)',
    nominee: NOMINEE,
    awardCode: 'CSTDTQ',
    withInitiative: true,
  });
  const itemId = current().items[0]?.id as string;
  await step('appraise-item', {
    itemId,
    override: { eligible: true, reason: 'Hồ sơ gốc có sáng kiến cấp toàn quốc chưa nhập vào hệ thống' },
  });
  await step('public-comment/open', { days: 10 });
  return { proposalId: current().id, itemId };
}

/** As the citizen: no session at all. */
async function asCitizen(page: Page) {
  await page.context().clearCookies();
}

/** axe-core and the 390 px phone width on a page only this flow reaches (a nominee, a real code). */
async function checkPage(page: Page) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  if (size) await page.setViewportSize(size);
}

test('người dân xem quyết định, xác minh giấy khen, góp ý và tố cáo; cán bộ giải quyết, hồ sơ tạm hoãn rồi được giải tỏa', async ({
  page,
}) => {
  test.setTimeout(200_000);
  const { proposalId } = await listOpenForComment(page);

  // 1. The portal, without login: the latest published decision.
  await asCitizen(page);
  await page.goto('/cong-khai');
  await expect(page.locator('h1')).toBeVisible();
  await page.getByTestId('decision-list').getByRole('link').first().click();
  await expect(page).toHaveURL(/\/cong-khai\/quyet-dinh\/[0-9a-f-]{36}$/);
  const decisionId = page.url().split('/').at(-1) as string;
  const facts = page.getByTestId('decision-facts');
  await expect(facts).toContainText('Số, ký hiệu');
  await expect(facts).toContainText('Người ký');
  await expect(page.getByTestId('decision-awards').locator('tbody tr').first()).toBeVisible();
  // Personal data is minimised: no ID number or birth date column.
  await expect(page.getByTestId('decision-awards')).not.toContainText('Ngày sinh');
  await expect(page.getByTestId('decision-awards')).not.toContainText('CCCD');

  // 1b. An exemplary model, from the home page: its story and how far it spread.
  await page.goto('/cong-khai');
  const models = page.getByRole('region', { name: 'Điển hình tiên tiến' });
  const firstModel = models.getByTestId('model-list').getByRole('link').first();
  const modelName = (await firstModel.textContent())?.trim() as string;
  await firstModel.click();
  await expect(page).toHaveURL(/\/cong-khai\/dien-hinh\/[0-9a-f-]{36}$/);
  await expect(page.locator('h1')).toContainText(modelName);
  await expect(page.getByTestId('model-story')).not.toBeEmpty();
  await expect(page.getByTestId('model-adoptions')).toHaveText(/\d+ đơn vị đã nhân rộng/);
  await checkPage(page);

  // 2. A certificate of that decision (its QR code, as printed), verified by typing the code.
  await signIn(page, 'quantri');
  const pdf = await page.request.get(`/api/decisions/${decisionId}/certificates.pdf?layout=full`);
  expect(pdf.ok(), `certificates.pdf: ${pdf.status()}`).toBeTruthy();
  const code = (
    qrOfFirstPage(await pdf.body())
      .split('/')
      .at(-1) as string
  ).trim();
  await asCitizen(page);
  await page.goto('/cong-khai/xac-minh');
  await page.getByLabel('Mã xác minh in trên giấy chứng nhận').fill(code);
  await page.getByRole('button', { name: 'Xác minh' }).click();
  await expect(page.getByTestId('verification-status')).toHaveAttribute('data-status', /VALID|REVOKED/);
  await expect(page.getByTestId('verification')).toBeVisible();
  await page.goto('/cong-khai/xac-minh');
  await page.getByLabel('Mã xác minh in trên giấy chứng nhận').fill('MA-KHONG-CO-THAT-123');
  await page.getByRole('button', { name: 'Xác minh' }).click();
  await expect(page.getByTestId('verification-not-found')).toHaveText(
    'Không tìm thấy giấy chứng nhận với mã này.',
  );

  // 3. The nominee's achievements, then a comment.
  await page.goto('/cong-khai/y-kien');
  const item = page.locator(`[data-testid="public-item"][data-subject="${NOMINEE}"]`);
  await expect(item.getByTestId('proposed-award')).toHaveText('Chiến sĩ thi đua toàn quốc');
  await expect(item.getByTestId('achievements')).toContainText('Năm 2025: Hoàn thành xuất sắc nhiệm vụ');
  await expect(item.getByTestId('achievements')).toContainText('Chiến sĩ thi đua cơ sở');
  await checkPage(page);
  await item.getByText('Góp ý về trường hợp này').click();
  await item.getByLabel('Họ và tên').fill('Lương Văn Dân');
  await item.getByLabel('Số điện thoại hoặc thư điện tử').fill('0987654321');
  await item.getByLabel('Nội dung ý kiến').fill('Tôi đề nghị làm rõ nguồn gốc sáng kiến trong hồ sơ.');
  await item.getByRole('button', { name: 'Gửi ý kiến' }).click();
  const after = page.locator(`[data-testid="public-item"][data-subject="${NOMINEE}"]`);
  await expect(after.getByTestId('comment-sent')).toBeVisible();

  // 4. A denunciation against the nominee: a tracking code, no account.
  await after.getByRole('link', { name: 'Khiếu nại, tố cáo về trường hợp này' }).click();
  await expect(page.getByLabel('Người, đơn vị, hồ sơ hoặc quyết định bị khiếu nại, tố cáo')).toHaveValue(
    NOMINEE,
  );
  await checkPage(page);
  await page.getByLabel('Tố cáo (báo hành vi vi phạm pháp luật)').check();
  await page
    .getByLabel('Nội dung', { exact: true })
    .fill('Sáng kiến ghi trong hồ sơ đề nghị là của đồng nghiệp khác, không phải của người được đề nghị.');
  await page.getByLabel('Họ và tên người gửi').fill('Người Tố Cáo Giấu Tên');
  await page.getByLabel('Số điện thoại hoặc thư điện tử').fill('nguoitocao@example.vn');
  await page.getByRole('button', { name: 'Gửi đơn' }).click();
  const tracking = (await page.getByTestId('tracking-code').textContent())?.trim() as string;
  expect(tracking).toMatch(/^KT-[A-Z2-9]{10}$/);
  await expect(page.getByTestId('complaint-state')).toHaveText('Đã tiếp nhận, đang phân loại');
  await expect(page.locator('main')).not.toContainText('Người Tố Cáo Giấu Tên');
  await checkPage(page);

  // 5. The complaint handler finds it in the queue, classifies and accepts it.
  await signIn(page, 'khieunai');
  await page.goto('/viec-cho-xu-ly');
  const queued = page.getByTestId('my-work-item').filter({ hasText: tracking });
  await expect(queued).toHaveAttribute('data-kind', 'COMPLAINT_TO_CLASSIFY');
  await queued.getByTestId('my-work-open').click();
  await expect(page.getByTestId('complaint-state')).toHaveAttribute('data-state', 'RECEIVED');
  await page.getByTestId('complaint-classify-submit').click();
  await expect(page.getByTestId('complaint-state')).toHaveAttribute('data-state', 'CLASSIFIED');
  // Assigned now: the filer's identity, on request (audited).
  await page.getByRole('button', { name: 'Xem thông tin người gửi' }).click();
  await expect(page.getByTestId('complaint-party')).toContainText('Người Tố Cáo Giấu Tên');
  await page.getByTestId('complaint-accept').click();
  await expect(page.getByTestId('complaint-state')).toHaveAttribute('data-state', 'ACCEPTED');
  await expect(page.getByTestId('complaint-due')).toBeVisible();
  const complaintUrl = page.url();

  // 6. The nominee's dossier shows the hold, citing the case.
  await signIn(page, 'thamdinh');
  await page.goto(`/ho-so-de-nghi/${proposalId}`);
  const hold = page.getByTestId('item-hold');
  await expect(hold).toContainText('Khiếu nại, tố cáo đang xác minh');
  await expect(hold).toContainText(tracking);

  // 7. The handler concludes; the hold is released.
  await signIn(page, 'khieunai');
  await page.goto(complaintUrl);
  const conclude = page.getByTestId('complaint-conclude');
  await conclude.getByLabel('Không đúng').check();
  await conclude
    .getByLabel('Nội dung kết luận')
    .fill('Sáng kiến do chính người được đề nghị thực hiện, có xác nhận.');
  await conclude.getByLabel('Trả lời người gửi (hiển thị khi tra cứu bằng mã đơn)').fill(ANSWER);
  await page.getByTestId('complaint-conclude-submit').click();
  await expect(page.getByTestId('complaint-state')).toHaveAttribute('data-state', 'CONCLUDED');
  await signIn(page, 'thamdinh');
  await page.goto(`/ho-so-de-nghi/${proposalId}`);
  await expect(page.getByTestId('proposal-items')).toContainText(NOMINEE);
  await expect(page.getByTestId('item-hold')).toHaveCount(0);

  // 8. The citizen reads the answer with the tracking code.
  await asCitizen(page);
  await page.goto('/cong-khai/khieu-nai-to-cao');
  await page.getByLabel('Mã tra cứu').fill(tracking);
  await page.getByRole('button', { name: 'Tra cứu' }).click();
  await expect(page.getByTestId('complaint-state')).toHaveText('Đã có kết luận, trả lời');
  await expect(page.getByTestId('complaint-answer')).toHaveText(ANSWER);
  await checkPage(page);
});
