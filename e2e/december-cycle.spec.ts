import { expect, type Page, test } from '@playwright/test';
import { queueRow } from './support/my-work';
import { startSmtpServer } from './support/smtp';
import { createNominee, getJson, signIn, unitIds } from './support/workflow-api';

// Issue 11 acceptance: one December cycle on the demo province, each actor in the browser.
// Xã Tân Lập nominates for Bằng khen tỉnh (two people and its village from "Gợi ý đề nghị", and a
// household) and for Chiến sĩ thi đua cấp tỉnh (one person); the household is not eligible and
// goes on with the officer's reason; the office returns it, the commune removes it, the diff shows
// it; public comment (switched on for Bằng khen tỉnh by the province) cannot be closed early
// without a legal ground; five members vote once the secretary opens the meeting; the Chủ tịch
// issues the decision and the certificates are printed. Every step waits in someone's "Việc chờ
// tôi xử lý", and the notices (with a deadline reminder) arrive at a real SMTP server.

const YEAR = 2025;
const BK = 'BK_BO_TINH';
const BK_NAME = 'Bằng khen bộ, ban, ngành, tỉnh';
const CSTD_NAME = 'Chiến sĩ thi đua bộ, ban, ngành, tỉnh';
const TITLE = 'Đề nghị khen thưởng tổng kết năm 2025 của Xã Tân Lập';
const CSTD_NOMINEE = 'Vi Thị Thanh Tâm';
const MAIL = (username: string) => `${username}@sonha.example`;
const MEMBERS = ['hoidong', 'hoidong2', 'hoidong3', 'hoidong4', 'hoidong5'];

type Suggestions = {
  pending: number;
  awards: { award: string; subjects: { type: string; id: string; name: string }[] }[];
};
type Item = { id: string; subjectId: string; subjectType: string; subjectName: string };

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
test.beforeAll(async () => {
  smtp = await startSmtpServer();
});
test.afterAll(async () => {
  await smtp?.close();
});

/** The messages received for `username`, as "subject" lines. */
const subjectsTo = (username: string) =>
  smtp.received.filter((m) => m.to === MAIL(username)).map((m) => m.subject);

async function expectMail(username: string, subject: string) {
  await expect
    .poll(() => subjectsTo(username).some((s) => s.includes(subject)), {
      message: `thư "${subject}" tới ${username}`,
      timeout: 30_000,
    })
    .toBe(true);
}

/** The province switches public comment on for Bằng khen tỉnh in the rule sets in force in 2025. */
async function publicCommentForBangKhen(page: Page) {
  const { items } = await getJson<{
    items: {
      ruleSetId: string;
      effectiveFrom: string;
      effectiveTo: string | null;
      defaults: { publicComment: string[] };
      overrides: Record<string, unknown>;
    }[];
  }>(page, '/api/rule-params');
  const inForce = items.filter(
    (r) => r.effectiveFrom <= `${YEAR}-12-31` && (r.effectiveTo === null || r.effectiveTo >= `${YEAR}-01-01`),
  );
  expect(inForce.length).toBeGreaterThan(0);
  for (const r of inForce) {
    const current = (r.overrides.publicComment as string[] | undefined) ?? r.defaults.publicComment;
    const me = await getJson<{ csrfToken: string }>(page, '/api/auth/me');
    const res = await page.request.put(`/api/rule-params/${r.ruleSetId}`, {
      data: { params: { ...r.overrides, publicComment: [...new Set([...current, BK])] } },
      headers: { 'x-csrf-token': me.csrfToken },
    });
    expect(res.ok(), await res.text()).toBeTruthy();
  }
}

async function act(page: Page, action: string, state: string) {
  await page.getByTestId(`action-${action}`).click();
  await expect(page.getByTestId('proposal-state')).toHaveAttribute('data-state', state);
}

test('một chu kỳ tháng 12: từ gợi ý đề nghị đến quyết định, giấy khen và thư thông báo', async ({ page }) => {
  test.setTimeout(600_000);

  // Set-up by the province's administrator: the public-comment parameter, and the history of the
  // commune's candidate for Chiến sĩ thi đua cấp tỉnh (three years of CSTĐ cơ sở, an initiative).
  await signIn(page, 'quantri');
  const units = await unitIds(page);
  const tanLap = units['X-TANLAP'] ?? '';
  expect(tanLap).not.toBe('');
  await publicCommentForBangKhen(page);
  const cstdNominee = await createNominee(page, tanLap, CSTD_NOMINEE, YEAR, true);

  // 1. The commune's officer starts from "Gợi ý đề nghị" for Bằng khen tỉnh.
  await signIn(page, 'canbo.tanlap');
  // A year not yet scanned is judged by the server's job, not in the GET: ask until nothing waits.
  const suggestionsUrl = `/api/org-units/${tanLap}/suggestions?year=${YEAR}`;
  let suggested = await getJson<Suggestions>(page, suggestionsUrl);
  const pending = async () => {
    suggested = await getJson<Suggestions>(page, suggestionsUrl);
    return suggested.pending;
  };
  await expect.poll(pending, { timeout: 90_000, intervals: [1_000, 2_000, 3_000] }).toBe(0);
  const bk = suggested.awards.find((a) => a.award === BK)?.subjects ?? [];
  const keep = [
    ...bk.filter((s) => s.type === 'PERSON' && s.id !== cstdNominee).slice(0, 2),
    ...bk.filter((s) => s.type === 'COLLECTIVE').slice(0, 1),
  ];
  expect(keep.map((s) => s.type)).toEqual(['PERSON', 'PERSON', 'COLLECTIVE']);
  await page.goto(`/don-vi/${tanLap}`);
  await page.getByTestId('unit-tab-suggestions').click();
  const card = page.getByTestId(`suggestions-award-${BK}`);
  await expect(card.getByTestId('suggestions-row')).toHaveCount(Math.min(bk.length, 10));
  await expect(card.getByTestId(`suggestions-start-${BK}`)).toHaveText('Lập hồ sơ từ danh sách này');
  await card.getByTestId(`suggestions-start-${BK}`).click();
  await expect(page.getByTestId('nominees-from-suggestions')).toBeVisible();
  const rows = page.getByTestId('nominee-row');
  await expect(rows).toHaveCount(bk.length);
  // The commune proposes two of its people and its village; the others wait for another year.
  for (const s of bk)
    if (!keep.some((k) => k.id === s.id))
      await page
        .locator(`[data-testid="nominee-row"][data-subject="${s.id}"]`)
        .getByTestId('nominee-remove')
        .click();
  await expect(rows).toHaveCount(3);

  // A household of the commune, for the same Bằng khen.
  await page.getByTestId('nominee-type').getByText('Hộ gia đình').click();
  await page.getByTestId('nominee-subject').click();
  const household = page.getByRole('option').first();
  const householdName = ((await household.locator('p').first().textContent()) ?? '').trim();
  expect(householdName).toMatch(/^Hộ gia đình /);
  await household.click();
  await page.getByTestId('nominee-award').click();
  await page.getByRole('option', { name: BK_NAME, exact: true }).click();
  await page.getByTestId('nominee-add').click();
  // The candidate for Chiến sĩ thi đua cấp tỉnh, found by name without diacritics.
  await page.getByTestId('nominee-type').getByText('Cá nhân').click();
  await page.getByTestId('nominee-subject').fill('vi thi thanh tam');
  await page.getByRole('option', { name: CSTD_NOMINEE }).click();
  await page.getByTestId('nominee-award').click();
  await page.getByRole('option', { name: CSTD_NAME, exact: true }).click();
  await page.getByTestId('nominee-add').click();
  await expect(rows).toHaveCount(5);
  // Each nominee's achievements, which the council reads on its ballot.
  for (const [i, row] of (await rows.all()).entries())
    await row
      .getByLabel('Tóm tắt thành tích')
      .fill(`Thành tích tiêu biểu năm 2025, số ${i + 1}: hoàn thành xuất sắc nhiệm vụ được giao`);
  await page.getByTestId('proposal-title').fill(TITLE);
  await page.getByTestId('proposal-create-submit').click();
  await expect(page.getByTestId('proposal-state')).toHaveAttribute('data-state', 'DRAFT');
  const proposalUrl = page.url();
  const proposalId = new URL(proposalUrl).pathname.split('/').at(-1) ?? '';
  const items = page.getByTestId('proposal-items');
  await expect(items.getByTestId('item-row')).toHaveCount(5);
  await expect(items.getByText('Không đủ điều kiện', { exact: true })).toHaveCount(1);
  const view = await getJson<{ items: Item[] }>(page, `/api/proposals/${proposalId}`);
  const householdItem = view.items.find((i) => i.subjectType === 'HOUSEHOLD');
  expect(householdItem?.subjectName).toBe(householdName);
  await expect(
    items
      .locator(`[data-subject-id="${householdItem?.subjectId}"]`)
      .getByText('Không đủ điều kiện', { exact: true }),
  ).toBeVisible();
  // The draft waits in the officer's queue.
  await expect(await queueRow(page, 'PROPOSAL_TO_SUBMIT', proposalId)).toBeVisible();

  // Components: generated, one report uploaded as a PDF; the commune's chairman confirms the minutes.
  await page.goto(proposalUrl);
  const components = page.getByTestId('proposal-components');
  // Counted only once the list has loaded: right after the navigation it may not be there yet, and
  // a count of 0 generated nothing (seen once under load: no minutes then waited for the chairman).
  await expect(components.getByTestId('component-generate-0')).toBeVisible();
  const count = await components.locator('tr').count();
  for (let i = 0; i < count; i += 1) {
    await page.getByTestId(`component-generate-${i}`).click();
    await expect(components.getByTestId(`component-status-${i}`)).not.toHaveText('Còn thiếu');
  }
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('component-upload-1').click();
  await (await chooser).setFiles({
    name: 'bao-cao-thanh-tich.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from(
      '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/MediaBox[0 0 595 842]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
    ),
  });
  await expect(components.getByTestId('component-1')).toContainText('SHA-256');
  await signIn(page, 'lanhdao.tanlap');
  // Two drafts wait for him: the review minutes of the emulation titles and of the Bằng khen.
  const minutesRows = await queueRow(page, 'MINUTES_TO_CONFIRM', proposalId);
  await expect(minutesRows).toHaveCount(2);
  await minutesRows.first().getByTestId('my-work-open').click();
  await expect(page).toHaveURL(proposalUrl);
  const confirm = components.locator('[data-testid^="component-confirm-"]');
  await expect(confirm).toHaveCount(2);
  await confirm.first().click();
  await expect(confirm).toHaveCount(1);
  await confirm.first().click();
  await expect(components.locator('[data-awaiting="true"]')).toHaveCount(0);

  // Review, then the submit: the household is listed as ineligible and goes on with a reason.
  await signIn(page, 'canbo.tanlap');
  await page.goto(proposalUrl);
  await act(page, 'submit-for-review', 'UNIT_REVIEW');
  await page.getByTestId('action-submit').click();
  await expect(page.getByTestId('submit-ineligible-item')).toHaveText([`${householdName} — ${BK_NAME}`]);
  await expect(page.getByTestId('submit-confirm-button')).toBeDisabled();
  await page.getByTestId('submit-ineligible-reason').fill('Đề nghị xem xét gia đình tiêu biểu của thôn');
  await page.getByTestId('submit-confirm-button').click();
  await expect(page.getByTestId('proposal-state')).toHaveAttribute('data-state', 'SUBMITTED');
  await expect(page.getByTestId('proposal-history').locator('[data-command="submit"]').first()).toContainText(
    'Đề nghị xem xét gia đình tiêu biểu của thôn',
  );

  // The office is told by e-mail, and reminded: reception is due within 2 working days.
  await expectMail('thamdinh', `Hồ sơ mới chờ thẩm định: ${TITLE}`);
  await expect
    .poll(
      () =>
        subjectsTo('thamdinh').some((s) => /Sắp đến hạn \d\d\/\d\d\/\d{4}: /.test(s) && s.includes(TITLE)),
      {
        message: 'thư nhắc hạn tới thamdinh',
        timeout: 30_000,
      },
    )
    .toBe(true);

  // 2. The appraiser takes it from the queue, receives it and returns it for the household.
  await signIn(page, 'thamdinh');
  const toReceive = await queueRow(page, 'PROPOSAL_TO_RECEIVE', proposalId);
  await expect(toReceive).toBeVisible();
  await toReceive.getByTestId('my-work-open').click();
  await expect(page).toHaveURL(proposalUrl);
  await act(page, 'receive', 'RECEIVED');
  // The appraiser reads the uploaded report: name, size, type and uploader, then opens it in a new
  // tab, where the PDF is served inline with its real type (the dossier's access rules apply).
  const report = page.getByTestId('component-file-1');
  await expect(report).toContainText('bao-cao-thanh-tich.pdf');
  await expect(report).toContainText(/\d+ KB · PDF · Người tải lên: /);
  const [popup, served] = await Promise.all([
    page.waitForEvent('popup'),
    page.context().waitForEvent('response', (r) => /\/api\/proposals\/[^/]+\/files\//.test(r.url())),
    report.getByTestId('component-open-1').click(),
  ]);
  expect(served.status()).toBe(200);
  expect(served.headers()['content-type']).toBe('application/pdf');
  expect(served.headers()['content-disposition']).toMatch(/^inline; filename="bao-cao-thanh-tich\.pdf"/);
  expect(served.headers()['x-content-type-options']).toBe('nosniff');
  await popup.close();
  await page.getByTestId('action-return').click();
  await page.getByTestId('return-code').click();
  await page.getByRole('option', { name: 'Đối tượng chưa đủ điều kiện' }).click();
  await page.getByTestId('return-item').click();
  await page.getByRole('option', { name: `${householdName} — ${BK_NAME}` }).click();
  await page.getByTestId('return-text').fill('Hộ gia đình chưa có thành tích được ghi nhận trong năm 2025');
  await page.getByTestId('return-submit').click();
  await expect(page.getByTestId('proposal-state')).toHaveAttribute('data-state', 'RETURNED');
  await expectMail('canbo.tanlap', 'Hồ sơ bị trả lại');

  // The officer removes the household and resubmits; the diff answers the reason.
  await signIn(page, 'canbo.tanlap');
  const returned = await queueRow(page, 'PROPOSAL_RETURNED', proposalId);
  await expect(returned).toBeVisible();
  await returned.getByTestId('my-work-open').click();
  await expect(page).toHaveURL(proposalUrl);
  await expect(page.getByTestId('return-reason-0')).toContainText(
    `Đối tượng chưa đủ điều kiện — ${householdName} (${BK_NAME}): Hộ gia đình chưa có thành tích`,
  );
  await expect(page.getByTestId('return-addressed-0')).toHaveText('Chưa khắc phục');
  await page.getByTestId('nominees-edit').click();
  const editor = page.getByRole('dialog');
  await editor
    .locator(`[data-testid="nominee-row"][data-subject="${householdItem?.subjectId}"]`)
    .getByTestId('nominee-remove')
    .click();
  await expect(editor.getByTestId('nominee-row')).toHaveCount(4);
  await editor.getByTestId('nominees-save').click();
  await expect(editor).toHaveCount(0);
  await expect(items.getByTestId('item-row')).toHaveCount(4);
  await expect(page.getByTestId('return-addressed-0')).toHaveText('Đã khắc phục');
  await expect(page.getByTestId('return-changes-0')).toHaveText(`Bỏ: ${householdName} (${BK_NAME})`);
  await page.getByTestId('action-submit').click();
  await expect(page.getByTestId('submit-ineligible-item')).toHaveCount(0);
  await page.getByTestId('submit-confirm-button').click();
  await expect(page.getByTestId('proposal-state')).toHaveAttribute('data-state', 'SUBMITTED');

  // The appraiser appraises every nominee and publishes the list for public comment.
  await signIn(page, 'thamdinh');
  await page.goto(proposalUrl);
  await act(page, 'receive', 'RECEIVED');
  await act(page, 'start-appraisal', 'APPRAISAL');
  await expect(await queueRow(page, 'PROPOSAL_TO_APPRAISE', proposalId)).toBeVisible();
  await page.goto(proposalUrl);
  const remaining = (await getJson<{ items: Item[] }>(page, `/api/proposals/${proposalId}`)).items;
  for (const item of remaining) {
    await page.getByTestId(`item-confirm-${item.subjectId}`).click();
    await expect(page.getByTestId(`item-confirm-${item.subjectId}`)).toHaveCount(0);
  }
  await act(page, 'public-comment-open', 'PUBLIC_COMMENT');

  // 3. The window cannot be closed before its end date without a legal ground.
  await expect(await queueRow(page, 'PUBLIC_COMMENT_TO_CLOSE', proposalId)).toBeVisible();
  await page.goto(proposalUrl);
  await page.getByTestId('action-public-comment-close').click();
  await expect(page.getByTestId('close-pc-early')).toBeVisible();
  await expect(page.getByTestId('close-pc-confirm')).toBeDisabled();
  const version = (await getJson<{ version: number }>(page, `/api/proposals/${proposalId}`)).version;
  const me = await getJson<{ csrfToken: string }>(page, '/api/auth/me');
  const early = await page.request.post(`/api/proposals/${proposalId}/public-comment/close`, {
    data: { expectedVersion: version },
    headers: { 'x-csrf-token': me.csrfToken },
  });
  expect(early.status()).toBe(409);
  expect((await early.json()).error.code).toBe('PUBLIC_COMMENT_NOT_ENDED');
  await expect(page.getByTestId('proposal-state')).toHaveAttribute('data-state', 'PUBLIC_COMMENT');
  // The list is on the portal until then.
  const published = await getJson<{ items: { proposalId: string }[] }>(page, '/api/public/comment-lists');
  expect(published.items.map((l) => l.proposalId)).toContain(proposalId);
  // Closing early with the ground, which the portal keeps showing.
  const ground =
    'Theo chỉ đạo của Chủ tịch UBND tỉnh tại Văn bản số 123/UBND-NC, kết thúc sớm để kịp lễ tổng kết';
  await page.getByTestId('close-pc-reason').fill(ground);
  await page.getByTestId('close-pc-confirm').click();
  await expect(page.getByTestId('proposal-state')).toHaveAttribute('data-state', 'APPRAISAL');
  const closed = await getJson<{ closedEarly: { proposalId: string; reason: string }[] }>(
    page,
    '/api/public/comment-lists',
  );
  expect(closed.closedEarly).toContainEqual(expect.objectContaining({ proposalId, reason: ground }));
  await act(page, 'open-council', 'COUNCIL_VOTE');

  // 4. The secretary convenes the five members for a meeting next week, from the queue.
  await signIn(page, 'thuky');
  const toConvene = await queueRow(page, 'COUNCIL_TO_CONVENE', proposalId);
  await expect(toConvene).toBeVisible();
  await page.getByTestId('nav-councils').click();
  await page.getByTestId('councils-create').click();
  await page
    .getByTestId('council-title')
    .fill('Phiên họp Hội đồng Thi đua – Khen thưởng tỉnh, tổng kết năm 2025');
  const meetingOn = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  // Date fields read dd/mm/yyyy whatever the browser's locale.
  await page.getByTestId('council-meeting-on').fill(meetingOn.split('-').reverse().join('/'));
  for (const name of ['Đặng Quang Huy', 'Vương Thị Hạnh', 'Lạc Văn Quý', 'Đoàn Thị Thảo', 'Mạc Đăng Khoa'])
    await page
      .locator(`[data-testid="member-candidate"][data-name="${name}"]`)
      .getByTestId('member-pick')
      .check();
  await page
    .locator(`[data-testid="proposal-candidate"][data-proposal-id="${proposalId}"]`)
    .getByTestId('proposal-pick')
    .check();
  await page.getByTestId('council-submit').click();
  await expect(page).toHaveURL(/\/hoi-dong\/[0-9a-f-]{36}$/);
  const councilUrl = page.url();
  const sessionId = new URL(councilUrl).pathname.split('/').at(-1) ?? '';
  await expect(page.getByTestId('council-status')).toHaveAttribute('data-voting-open', 'false');
  for (const m of MEMBERS) await expectMail(m, 'Mời họp Hội đồng: Phiên họp Hội đồng Thi đua');

  // Before the meeting a member reads the agenda but has no ballot.
  await signIn(page, 'hoidong');
  await page.goto(councilUrl);
  await expect(page.getByTestId('council-not-open')).toBeVisible();
  await expect(page.getByTestId('ballot-form')).toHaveCount(0);

  // The secretary opens the meeting; each member votes from the queue, on the record.
  await signIn(page, 'thuky');
  await page.goto(councilUrl);
  await page.getByTestId('council-open').click();
  await page.getByTestId('council-open-confirm').click();
  await expect(page.getByTestId('council-status')).toHaveAttribute('data-voting-open', 'true');
  const agenda = page.getByTestId('council-agenda');
  for (const m of MEMBERS) {
    await signIn(page, m);
    const ballot = await queueRow(page, 'BALLOT_TO_CAST', sessionId);
    await expect(ballot).toBeVisible();
    await ballot.getByTestId('my-work-open').click();
    await expect(page).toHaveURL(councilUrl);
    await expect(agenda.getByTestId('ballot-nominee')).toHaveCount(4);
    await expect(agenda.getByTestId('ballot-verdict')).toHaveText(Array(4).fill('Hệ thống: đủ điều kiện'));
    await expect(agenda.getByTestId('ballot-achievement')).toHaveCount(4);
    await expect(agenda.getByTestId('ballot-achievement').first()).toContainText(
      'Thành tích tiêu biểu năm 2025',
    );
    const awards = await agenda.getByTestId('ballot-award').allTextContents();
    expect(awards.filter((a) => a === BK_NAME)).toHaveLength(3);
    expect(awards.filter((a) => a === CSTD_NAME)).toHaveLength(1);
    const form = page.getByTestId('ballot-form');
    for (const row of await form.getByTestId('ballot-choice-row').all())
      await row.getByText('Đồng ý', { exact: true }).click();
    await form.getByTestId('ballot-review').click();
    await expect(page.getByRole('dialog')).toContainText('Phiếu đã gửi không sửa được');
    await page.getByTestId('ballot-submit').click();
    await expect(form).toHaveCount(0);
    await expect(await queueRow(page, 'BALLOT_TO_CAST', sessionId)).toHaveCount(0);
  }
  await signIn(page, 'thuky');
  await expect(await queueRow(page, 'COUNCIL_TO_CLOSE', sessionId)).toBeVisible();
  await page.goto(councilUrl);
  await page.getByTestId('council-close').click();
  await page.getByTestId('council-close-confirm').click();
  const minutes = page.getByTestId('council-minutes');
  await expect(minutes.getByTestId('minutes-row')).toHaveCount(4);
  for (const row of await minutes.getByTestId('minutes-row').all()) await expect(row).toContainText('5/5');

  // 5. The Chủ tịch signs the decision from the queue; the certificates are printed.
  await expectMail('lanhdao', `Quyết định chờ ký: ${TITLE}`);
  await signIn(page, 'lanhdao');
  const toSign = await queueRow(page, 'DECISION_TO_SIGN', proposalId);
  await expect(toSign).toBeVisible();
  await toSign.getByTestId('my-work-open').click();
  await expect(page).toHaveURL(proposalUrl);
  await expect(page.getByTestId('decision-item')).toHaveCount(4);
  await page.getByTestId('decision-signer').fill('Chủ tịch UBND tỉnh');
  await page.getByTestId('decision-issue').click();
  await page.getByTestId('decision-issue-confirm').click();
  await expect(page.getByTestId('proposal-state')).toHaveAttribute('data-state', 'DECIDED');
  await expect(page.getByTestId('decision-issued')).toContainText(/Quyết định số \d+\/QĐ-UBND/);
  const panel = page.getByTestId('decision-documents');
  const download = page.waitForEvent('download');
  await panel.getByTestId('download-certificates-full').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.pdf$/);
  const progress = panel.getByTestId('certificates-progress');
  await expect(progress).toHaveAttribute('data-done', 'true');
  await expect(progress).toHaveAttribute('data-total', '4');
  await expect(progress).toHaveAttribute('data-pages', '4');

  // 6. Every notice of the cycle reached the SMTP server, each once.
  const mine = smtp.received.filter(
    (m) => m.subject.includes(TITLE) || m.subject.includes('tổng kết năm 2025'),
  );
  expect(new Set(mine.map((m) => m.messageId)).size).toBe(mine.length);
  expect(subjectsTo('canbo.tanlap').filter((s) => s.includes('Hồ sơ bị trả lại'))).toHaveLength(1);
});
