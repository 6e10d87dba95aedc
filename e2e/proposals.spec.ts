import { expect, type Page, test } from '@playwright/test';
import { downloadDocx } from './support/docx';
import { login } from './support/login';
import {
  createCouncilMember,
  createNominee,
  getJson,
  postJson,
  signIn,
  unitIds,
} from './support/workflow-api';

// Issue 5, one dossier end to end in the browser: Sở Giáo dục proposes three people for Chiến sĩ
// thi đua cấp tỉnh; the engine flags one; the province's office returns the dossier, the Sở fixes
// it and resubmits; appraisal; a council of five votes secretly, one member excluded for conflict
// of interest; the Chủ tịch UBND tỉnh issues the decision; the awards reach the people's pages.

const MISSING = 'Còn thiếu';
const YEAR = 2025;
const AWARD = 'CSTD_BO_TINH';
const NOMINEES = [
  { name: 'Khổng Minh Triết', eligible: true },
  { name: 'Âu Thị Diệu Linh', eligible: true },
  { name: 'Mạc Văn Khoa', eligible: false },
];

type Ids = { people: string[]; members: { id: string; username: string }[] };

async function setUp(page: Page): Promise<Ids> {
  await login(page, 'quantri');
  const units = await unitIds(page);
  const [sgd, syt, root] = [units.SGDDT, units.SYT, units.UBND];
  if (!sgd || !syt || !root) throw new Error('dữ liệu mẫu thiếu đơn vị SGDDT, SYT hoặc UBND');
  const people = [];
  for (const n of NOMINEES) people.push(await createNominee(page, sgd, n.name, YEAR, n.eligible));
  const suffix = Date.now().toString(36);
  const members = [];
  // The first member works at Sở Giáo dục, the nominees' unit: conflict of interest.
  for (let i = 0; i < 5; i += 1) {
    const username = `hoidong${i + 1}.${suffix}`;
    const id = await createCouncilMember(
      page,
      username,
      `Ủy viên Hội đồng ${i + 1}`,
      i === 0 ? sgd : syt,
      root,
    );
    members.push({ id, username });
  }
  return { people, members };
}

async function act(page: Page, action: string, state: string) {
  await page.getByTestId(`action-${action}`).click();
  if (action === 'submit') {
    // Mạc Văn Khoa is still ineligible: the submit lists him and asks for the officer's reason.
    await expect(page.getByTestId('submit-ineligible-item')).toHaveText([
      'Mạc Văn Khoa — Chiến sĩ thi đua bộ, ban, ngành, tỉnh',
    ]);
    await page.getByTestId('submit-ineligible-reason').fill('Đề nghị Hội đồng xem xét thành tích đột xuất');
    await page.getByTestId('submit-confirm-button').click();
  }
  await expect(page.getByTestId('proposal-state')).toHaveAttribute('data-state', state);
}

test('một hồ sơ đề nghị đi trọn đường từ đơn vị đến quyết định', async ({ page }) => {
  test.setTimeout(300_000);
  const ids = await setUp(page);

  // 1. The officer proposes three people; the engine flags the third.
  await signIn(page, 'canbo.sogd');
  await page.goto('/ho-so-de-nghi');
  await page.getByTestId('proposal-create').click();
  await page.getByTestId('proposal-title').fill('Đề nghị Chiến sĩ thi đua cấp tỉnh năm 2025');
  await page.getByTestId('proposal-year').fill(String(YEAR));
  for (const n of NOMINEES) {
    await page.getByTestId('nominee-subject').fill(n.name);
    await page.getByRole('option', { name: n.name }).click();
    await page.getByTestId('nominee-award').click();
    await page.getByRole('option', { name: 'Chiến sĩ thi đua bộ, ban, ngành, tỉnh', exact: true }).click();
    await page.getByTestId('nominee-add').click();
  }
  await expect(page.getByTestId('nominee-row')).toHaveCount(NOMINEES.length);
  await page.getByTestId('proposal-create-submit').click();
  await expect(page.getByTestId('proposal-state')).toHaveAttribute('data-state', 'DRAFT');
  const proposalUrl = page.url();
  const items = page.getByTestId('proposal-items');
  await expect(items.getByText('Không đủ điều kiện', { exact: true })).toHaveCount(1);
  await expect(items.getByText('Đủ điều kiện', { exact: true })).toHaveCount(2);
  const ineligibleRow = items.locator(`[data-subject-id="${ids.people[2]}"]`);
  await expect(ineligibleRow.getByText('Không đủ điều kiện', { exact: true })).toBeVisible();
  await expect(ineligibleRow.getByTestId('item-citation').first()).toContainText('Điều');

  // Components (generated here; one is replaced by an upload after the return), review, submit.
  const components = page.getByTestId('proposal-components');
  const count = await components.locator('tr').count();
  for (let i = 0; i < count; i += 1) {
    await page.getByTestId(`component-generate-${i}`).click();
    // Present, or (the minutes) a draft waiting for the leader: no longer missing.
    await expect(components.getByTestId(`component-status-${i}`)).not.toHaveText(MISSING);
  }
  // The generated minutes are a draft until the Sở's director confirms them.
  const draft = components.locator('[data-awaiting="true"]');
  await expect(draft).toHaveCount(1);
  await expect(draft).toHaveText('Dự thảo, chờ lãnh đạo đơn vị xác nhận');
  await signIn(page, 'lanhdao.sogd');
  await page.goto(proposalUrl);
  await components.locator('[data-testid^="component-confirm-"]').click();
  await expect(components.locator('[data-awaiting="true"]')).toHaveCount(0);
  await expect(components.getByText('Lãnh đạo đơn vị đã xác nhận')).toHaveCount(1);
  await signIn(page, 'canbo.sogd');
  await page.goto(proposalUrl);
  await act(page, 'submit-for-review', 'UNIT_REVIEW');
  await act(page, 'submit', 'SUBMITTED');

  // 2. The appraiser receives and returns it with a reason.
  await signIn(page, 'thamdinh');
  await page.goto(proposalUrl);
  await act(page, 'receive', 'RECEIVED');
  await page.getByTestId('action-return').click();
  await page.getByTestId('return-component').click();
  const componentName = (await page.getByRole('option').first().textContent()) ?? '';
  await page.getByRole('option').first().click();
  await page.getByTestId('return-text').fill('Tờ trình chưa có chữ ký của thủ trưởng đơn vị');
  await page.getByTestId('return-submit').click();
  await expect(page.getByTestId('proposal-state')).toHaveAttribute('data-state', 'RETURNED');

  // 3. The officer sees the reason, replaces the file, sees it addressed, and resubmits.
  await signIn(page, 'canbo.sogd');
  await page.goto(proposalUrl);
  await expect(page.getByTestId('return-reason-0')).toContainText(componentName);
  await expect(page.getByTestId('return-addressed-0')).toHaveText('Chưa khắc phục');
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('component-upload-0').click();
  await (await chooser).setFiles({
    name: 'to-trinh-co-chu-ky.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4 tờ trình có chữ ký'),
  });
  await expect(page.getByTestId('return-addressed-0')).toHaveText('Đã khắc phục');
  await expect(components.getByTestId('component-0')).toContainText('SHA-256');
  await act(page, 'submit', 'SUBMITTED');

  // 4. The appraiser runs the engine, confirms each verdict, and sends the dossier to the council.
  await signIn(page, 'thamdinh');
  await page.goto(proposalUrl);
  await act(page, 'receive', 'RECEIVED');
  await act(page, 'start-appraisal', 'APPRAISAL');
  for (const personId of ids.people) {
    await page.getByTestId(`item-confirm-${personId}`).click();
    await expect(page.getByTestId(`item-confirm-${personId}`)).toHaveCount(0);
  }
  await act(page, 'open-council', 'COUNCIL_VOTE');
  const proposalId = new URL(proposalUrl).pathname.split('/').at(-1) ?? '';

  // 5. The secretary convenes five members; four vote secretly, the fifth is excluded.
  await signIn(page, 'thuky');
  const units = await unitIds(page);
  const session = await postJson<{ id: string }>(page, '/api/councils', {
    unitId: units.UBND,
    title: 'Phiên họp Hội đồng Thi đua – Khen thưởng tỉnh',
    meetingOn: '2026-11-20',
    quorum: 4,
    members: ids.members.map((m) => ({ userId: m.id, isPresent: true })),
    proposalIds: [proposalId],
  });
  const councilUrl = `/hoi-dong/${session.id}`;
  const [conflicted, ...voters] = ids.members;
  if (!conflicted) throw new Error('five members');
  await signIn(page, conflicted.username);
  await page.goto(councilUrl);
  const agenda = page.getByTestId('council-agenda');
  await expect(agenda.locator('tr')).toHaveCount(2);
  await expect(agenda.getByTestId('agenda-conflict')).toHaveCount(2);
  await expect(page.getByTestId('ballot-form')).toHaveCount(0);
  for (const v of voters) {
    await signIn(page, v.username);
    await page.goto(councilUrl);
    // The ballot reads the record: award name, unit, the engine's verdict and the appraiser's conclusion.
    await expect(agenda.getByTestId('ballot-award').first()).toHaveText(
      'Chiến sĩ thi đua bộ, ban, ngành, tỉnh',
    );
    await expect(agenda.getByTestId('ballot-verdict').first()).toHaveText('Hệ thống: đủ điều kiện');
    await expect(agenda.getByTestId('ballot-appraisal').first()).toContainText(
      'Kết luận thẩm định: đủ điều kiện',
    );
    // Choices stay in the browser; the whole ballot goes once, after the review and confirmation.
    const form = page.getByTestId('ballot-form');
    for (const row of await form.getByTestId('ballot-choice-row').all())
      await row.getByText('Đồng ý', { exact: true }).click();
    await form.getByTestId('ballot-review').click();
    await expect(page.getByRole('dialog')).toContainText('Phiếu đã gửi không sửa được');
    await page.getByTestId('ballot-submit').click();
    await expect(agenda.getByTestId('vote-unavailable')).toHaveCount(2);
    await expect(form).toHaveCount(0);
  }
  await signIn(page, 'thuky');
  await page.goto(councilUrl);
  await page.getByTestId('council-close').click();
  await page.getByTestId('council-close-confirm').click();
  const minutes = page.getByTestId('council-minutes');
  await expect(minutes.getByTestId('minutes-row')).toHaveCount(2);
  for (const row of await minutes.getByTestId('minutes-row').all()) await expect(row).toContainText('4/4');
  // The secretary downloads the Biên bản họp (.docx) with the tallies.
  const minutesXml = await downloadDocx(page, 'download-council-minutes');
  expect(minutesXml).toContain('BIÊN BẢN');
  expect(minutesXml).toContain('Khổng Minh Triết');

  // 6. The leader issues the decision for the two approved items.
  await signIn(page, 'lanhdao');
  await page.goto(proposalUrl);
  await expect(page.getByTestId('proposal-state')).toHaveAttribute('data-state', 'DECISION_PENDING');
  await expect(page.getByTestId('decision-item')).toHaveCount(2);
  await page.getByTestId('decision-signer').fill('Chủ tịch UBND tỉnh');
  await page.getByTestId('decision-issue').click();
  await page.getByTestId('decision-issue-confirm').click();
  await expect(page.getByTestId('decision-issued')).toContainText(/Quyết định số \d+\/QĐ-UBND/);
  await expect(page.getByTestId('proposal-state')).toHaveAttribute('data-state', 'DECIDED');
  const number = /số (\S+)/.exec((await page.getByTestId('decision-issued').textContent()) ?? '')?.[1] ?? '';

  // 7. The two awards are on the people's pages, with their money; the third has none.
  for (const [i, personId] of ids.people.entries()) {
    const person = await getJson<{
      awards: { awardCode: string; amountVnd: number | null; decisionNumber: string | null }[];
    }>(page, `/api/people/${personId}`);
    const award = person.awards.find((a) => a.awardCode === AWARD);
    if (!NOMINEES[i]?.eligible) {
      expect(award).toBeUndefined();
      continue;
    }
    expect(award?.decisionNumber).toBe(number);
    // Coefficient × base salary on the decision date, rounded up to 10,000 đ.
    const amount = award?.amountVnd ?? 0;
    expect(amount).toBeGreaterThan(0);
    expect(amount % 10_000).toBe(0);
    await page.goto(`/ca-nhan/${personId}`);
    const shown = `${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đ`;
    await expect(page.getByTestId('person-awards')).toContainText(shown);
    await expect(page.getByTestId('person-awards')).toContainText(number);
  }

  // 8. The submitter sees every step.
  await signIn(page, 'canbo.sogd');
  await page.goto(proposalUrl);
  const history = page.getByTestId('proposal-history');
  for (const command of [
    'create',
    'submitForReview',
    'submit',
    'receive',
    'returnProposal',
    'putComponent',
    'startAppraisal',
    'confirmItem',
    'openCouncil',
    'closeCouncil',
    'issueDecision',
  ])
    await expect(history.locator(`[data-command="${command}"]`).first()).toBeVisible();
  await expect(page.getByTestId('proposal-state')).toHaveText('Đã có quyết định');
  // The unit's Tờ trình (.docx) lists its nominees.
  const letterXml = await downloadDocx(page, 'download-proposal-letter');
  expect(letterXml).toContain('TỜ TRÌNH');
  expect(letterXml).toContain('Âu Thị Diệu Linh');
});
