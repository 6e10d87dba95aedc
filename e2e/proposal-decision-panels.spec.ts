import { expect, test } from '@playwright/test';
import { demoCouncilIds, proposalAwaitingCouncil } from './support/council-setup';
import { proposalUnderAppraisal } from './support/proposal-setup';
import { createCouncilMember, postJson, signIn } from './support/workflow-api';

// After the council: the proposal page links to the session that took it up; once decided, the
// leader revokes the award from the proposal page, giving the legal ground and the reason, after a
// confirmation. A proposal sent up to the Prime Minister: the office records the upper decision.

const SUFFIX = Date.now().toString(36);
const TITLE = `Đề nghị Chiến sĩ thi đua cấp tỉnh ${SUFFIX}`;
const NOMINEE = 'Âu Dương Thị Hạnh';
const SESSION = `Phiên họp Hội đồng tỉnh ${SUFFIX}`;

test('hồ sơ dẫn tới phiên họp Hội đồng, và lãnh đạo thu hồi khen thưởng từ trang hồ sơ', async ({ page }) => {
  test.setTimeout(120_000);
  const { proposalId, units } = await proposalAwaitingCouncil(page, { title: TITLE, nominee: NOMINEE });
  await signIn(page, 'quantri');
  const voter = `uyvien.${SUFFIX}`;
  const voterId = await createCouncilMember(
    page,
    voter,
    'Ủy viên Lại Văn Sâm',
    units.SYT ?? '',
    units.UBND ?? '',
  );

  // The council sits, votes and closes (the UI path is e2e/councils.spec.ts and proposals.spec.ts).
  const demo = (await demoCouncilIds(page, units.UBND ?? '')).slice(0, 4);
  await signIn(page, 'thuky');
  const session = await postJson<{ id: string; version: number; agenda: { itemId: string }[] }>(
    page,
    '/api/councils',
    {
      unitId: units.UBND,
      title: SESSION,
      meetingOn: '2026-11-18',
      quorum: 4,
      members: [voterId, ...demo.map((m) => m.id)].map((userId) => ({ userId, isPresent: true })),
      proposalIds: [proposalId],
    },
  );
  for (const username of [voter, ...demo.map((m) => m.username)]) {
    await signIn(page, username);
    await postJson(page, `/api/councils/${session.id}/ballots`, {
      choices: [{ itemId: session.agenda[0]?.itemId, choice: 'YES' }],
    });
  }
  await signIn(page, 'thuky');
  await postJson(page, `/api/councils/${session.id}/close`, { expectedVersion: session.version });

  // The leader's proposal page names the session, its date and status, and links to it.
  await signIn(page, 'lanhdao');
  await page.goto(`/ho-so-de-nghi/${proposalId}`);
  const sessions = page.getByTestId('proposal-council-sessions');
  await expect(sessions).toContainText(SESSION);
  await expect(sessions).toContainText('Họp ngày 18/11/2026');
  await expect(sessions).toContainText('Đã kết thúc');
  await sessions.getByTestId('proposal-session-link').click();
  await expect(page).toHaveURL(new RegExp(`/hoi-dong/${session.id}$`));
  await expect(page.getByTestId('page-title')).toHaveText(SESSION);
  await page.goBack();

  // The decision, then the revocation of its one award.
  await page.getByTestId('decision-signer').fill('Chủ tịch UBND tỉnh');
  await page.getByTestId('decision-issue').click();
  await page.getByTestId('decision-issue-confirm').click();
  await expect(page.getByTestId('proposal-state')).toHaveAttribute('data-state', 'DECIDED');
  const award = page.locator(`[data-testid="decision-award"][data-subject="${NOMINEE}"]`);
  await award.getByTestId('decision-award-revoke').click();
  const dialog = page.getByRole('dialog');
  // Without a ground and a reason the form says what is missing, in Vietnamese.
  await page.getByTestId('revoke-award-next').click();
  await expect(dialog).toContainText('Chọn căn cứ thu hồi');
  await expect(dialog).toContainText('Nêu rõ lý do thu hồi (ít nhất 5 ký tự)');
  await page.getByTestId('revoke-award-ground').click();
  await page.getByRole('option', { name: /Điểm b/ }).click();
  await page.getByTestId('revoke-award-reason').fill('Hồ sơ có tài liệu giả mạo');
  await page.getByTestId('revoke-award-next').click();
  await expect(dialog).toContainText('Không thể hoàn tác');
  await page.getByTestId('revoke-award-confirm').click();
  await expect(award.getByTestId('decision-award-revoked')).toHaveText('Đã thu hồi');
  await expect(award.getByTestId('decision-award-revoke')).toHaveCount(0);
});

test('ghi nhận quyết định khen thưởng của cấp trên trên trang hồ sơ', async ({ page }) => {
  test.setTimeout(120_000);
  // Bằng khen của Thủ tướng: the province appraises and proposes up (Law 2022, Điều 83.2).
  const { step, current } = await proposalUnderAppraisal(page, {
    title: `Đề nghị Bằng khen Thủ tướng ${SUFFIX}`,
    nominee: 'Ông Văn Thuận',
    awardCode: 'BK_TTG',
    withInitiative: true,
  });
  await step('appraise-item', {
    itemId: current().items[0]?.id,
    override: { eligible: true, reason: 'Thành tích xuất sắc đột xuất, đủ điều kiện trình' },
  });
  await step('complete-appraisal');

  await signIn(page, 'lanhdao');
  await page.goto(`/ho-so-de-nghi/${current().id}`);
  await expect(page.getByTestId('proposal-state')).toHaveAttribute('data-state', 'PROPOSED_UP');
  const panel = page.getByTestId('external-decision-panel');
  // The leader's own decision form is not offered: the upper level decides.
  await expect(page.getByTestId('decision-issue')).toHaveCount(0);
  await panel.getByTestId('external-decision-save').click();
  await expect(panel).toContainText('Nhập số, ký hiệu quyết định (ít nhất 3 ký tự)');
  await expect(panel).toContainText('Nhập cơ quan ban hành');
  await panel.getByTestId('external-decision-number').fill(`${SUFFIX.slice(-4)}/QĐ-TTg`);
  await panel.getByTestId('external-decision-issuer').fill('Thủ tướng Chính phủ');
  await panel.getByTestId('external-decision-save').click();
  await expect(page.getByRole('dialog')).toContainText('1 khen thưởng sẽ được ghi');
  await page.getByTestId('external-decision-confirm').click();
  await expect(page.getByTestId('proposal-state')).toHaveAttribute('data-state', 'DECIDED');
  await expect(page.getByTestId('decision-issued')).toContainText(`${SUFFIX.slice(-4)}/QĐ-TTg`);
  await expect(page.getByTestId('decision-issued')).toContainText('Thủ tướng Chính phủ');
  await expect(page.getByTestId('decision-award')).toHaveCount(1);
});
