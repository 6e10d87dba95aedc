import { type Browser, expect, type Locator, type Page, test } from '@playwright/test';
import { demoCouncilIds } from './support/council-setup';
import { login } from './support/login';
import { proposalUnderAppraisal } from './support/proposal-setup';
import { qrOfFirstPage } from './support/qr';
import { nameSealFile } from './support/seal';
import { getJson, postJson, signIn } from './support/workflow-api';

// Issue 17's acceptance, across two tenants of one deployment (docs/interop.md): the province Sơn
// Hà proposes a Bằng khen của Thủ tướng, appraises it and sends the dossier up as a sealed package
// to its parent, the national demo tenant VN-BNV. The national appraiser returns it once with a
// structured reason, the province sends it again, the appraiser approves, and the national signer
// issues the decision, signed with the national seal; the decision package comes back, the award
// enters the person's history with nobody typing it, and the certificate verifies on the portal.
// Each actor has their own browser context, signed in once through the login form.

const SUFFIX = Date.now().toString(36);
const TITLE = `Đề nghị Bằng khen Thủ tướng ${SUFFIX}`;
const NOMINEE = 'Lò Văn Khải';
const RETURN_TEXT = 'Bổ sung bản sao quyết định công nhận danh hiệu Chiến sĩ thi đua cơ sở các năm';
/** Who sends the dossier up at the province: the office's appraiser, who proposed it up. */
const PROVINCE_SENDER = 'thamdinh';

type RuleSetView = {
  ruleSetId: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  overrides: object;
};

/** The province's own parameters of the rule sets in force in `year`, as they were before the spec. */
let savedOverrides: RuleSetView[] = [];

async function putRuleParams(page: Page, ruleSetId: string, params: object) {
  const me = await getJson<{ csrfToken: string }>(page, '/api/auth/me');
  const res = await page.request.put(`/api/rule-params/${ruleSetId}`, {
    data: { params },
    headers: { 'x-csrf-token': me.csrfToken },
  });
  expect(res.ok(), await res.text()).toBeTruthy();
}

/**
 * The province's regulation puts every award before its council by majority (rule parameter
 * councilVotes, docs/rules-engine.md row 14), so the Bằng khen Thủ tướng is voted on before it goes
 * up; the decree alone does not ask for that ballot. Signed in as the province's administrator.
 */
async function councilVotesOnBkTtg(page: Page, year: number) {
  const { items } = await getJson<{ items: RuleSetView[] }>(page, '/api/rule-params');
  savedOverrides = items.filter(
    (rs) =>
      rs.effectiveFrom <= `${year}-12-31` && (rs.effectiveTo === null || rs.effectiveTo >= `${year}-01-01`),
  );
  for (const rs of savedOverrides) {
    const own = rs.overrides as { councilVotes?: object };
    await putRuleParams(page, rs.ruleSetId, {
      ...own,
      councilVotes: { ...own.councilVotes, BK_TTG: { thresholdPct: 50, denominator: 'PRESENT' } },
    });
  }
}

async function actor(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await login(page, username);
  return page;
}

/** The outbox delivers in the background: reload until the element shows the value. */
async function eventually(page: Page, target: () => Locator, attribute: string, value: string) {
  await expect(async () => {
    await page.reload();
    await expect(target()).toHaveAttribute(attribute, value, { timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
}

test.afterAll(async ({ browser }) => {
  // The province's seal goes back to unconfigured (e2e/signing.spec.ts starts from there), and its
  // rule parameters to what they were.
  const page = await (await browser.newContext()).newPage();
  await signIn(page, 'quantri');
  await nameSealFile(page, '');
  for (const rs of savedOverrides) await putRuleParams(page, rs.ruleSetId, rs.overrides);
  await page.context().close();
});

test('tỉnh gửi hồ sơ Bằng khen Thủ tướng lên Trung ương, bị trả lại một lần, được chấp thuận, ký số quyết định và nhận về tự động', async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);

  // Set-up through the API, as the other workflow specs do: each tenant names its seal; the
  // province's dossier is appraised (the engine's negative verdict overridden with a reason, as
  // for an outstanding achievement), and its council votes (as e2e/proposal-decision-panels.spec.ts
  // drives it), which proposes it up.
  await signIn(page, 'quantri');
  await nameSealFile(page, 'e2e-seal.p12');
  await councilVotesOnBkTtg(page, 2025);
  await signIn(page, 'quantri.bonv');
  await nameSealFile(page, 'e2e-seal-bonv.p12');
  const { step, current } = await proposalUnderAppraisal(page, {
    title: TITLE,
    nominee: NOMINEE,
    awardCode: 'BK_TTG',
    withInitiative: true,
  });
  await step('appraise-item', {
    itemId: current().items[0]?.id,
    override: { eligible: true, reason: 'Thành tích xuất sắc đột xuất, đủ điều kiện trình' },
  });
  const proposalId = current().id;
  await step('open-council');
  await signIn(page, 'quantri');
  const ubndId = (
    await getJson<{ items: { id: string; code: string }[] }>(page, '/api/org-units')
  ).items.find((u) => u.code === 'UBND')?.id;
  const council = await demoCouncilIds(page, ubndId ?? '');
  await signIn(page, 'thuky');
  const session = await postJson<{ id: string; version: number; agenda: { itemId: string }[] }>(
    page,
    '/api/councils',
    {
      unitId: ubndId,
      title: `Phiên họp Hội đồng tỉnh ${SUFFIX}`,
      meetingOn: '2026-11-25',
      quorum: council.length,
      members: council.map((m) => ({ userId: m.id, isPresent: true })),
      proposalIds: [proposalId],
    },
  );
  for (const m of council) {
    await signIn(page, m.username);
    await postJson(page, `/api/councils/${session.id}/ballots`, {
      choices: [{ itemId: session.agenda[0]?.itemId, choice: 'YES' }],
    });
  }
  await signIn(page, 'thuky');
  await postJson(page, `/api/councils/${session.id}/close`, { expectedVersion: session.version });

  // 1–3. The province sends the package up to VN-BNV, after a confirmation.
  const province = await actor(browser, PROVINCE_SENDER);
  await province.goto(`/ho-so-de-nghi/${proposalId}`);
  await expect(province.getByTestId('proposal-state')).toHaveAttribute('data-state', 'PROPOSED_UP');
  const panel = () => province.getByTestId('send-up-panel');
  await panel().getByTestId('send-up').click();
  await expect(province.getByRole('dialog')).toContainText('ký số');
  await province.getByTestId('send-up-confirm').click();
  await eventually(province, panel, 'data-status', 'DELIVERED');
  await expect(panel().getByTestId('send-up-version')).toHaveAttribute('data-version', '1');

  // 4a. The national appraiser finds it under "Hồ sơ cấp dưới gửi lên", with the sender's verdict
  // beside the national re-run, and returns it with a structured reason.
  const appraiser = await actor(browser, 'thamdinh.tw');
  await appraiser.getByTestId('nav-incoming-dossiers').click();
  const row = appraiser.locator(`[data-testid="incoming-dossier-row"][data-title="${TITLE}"]`);
  await expect(row).toHaveAttribute('data-status', 'RECEIVED');
  await row.getByRole('link', { name: TITLE }).click();
  await expect(appraiser.getByTestId('page-title')).toHaveText(TITLE);
  const item = appraiser.locator(`[data-testid="incoming-item"][data-subject="${NOMINEE}"]`);
  await expect(item.getByTestId('sender-verdict')).toBeVisible();
  await expect(item.getByTestId('own-verdict')).toBeVisible();
  await expect(item.getByTestId('verdict-citation').first()).toBeVisible();
  // The province's council result travels with the item.
  await expect(item.getByTestId('item-council')).toContainText('5 đồng ý');
  await appraiser.getByTestId('return-dossier').click();
  // Without a text the form says what is missing.
  await appraiser.getByTestId('return-dossier-next').click();
  await expect(appraiser.getByRole('dialog')).toContainText('Nêu nội dung (ít nhất 5 ký tự)');
  await appraiser.getByTestId('return-reason-item').click();
  await appraiser.getByRole('option', { name: NOMINEE }).click();
  await appraiser.getByTestId('return-reason-text').fill(RETURN_TEXT);
  await appraiser.getByTestId('return-dossier-next').click();
  await expect(appraiser.getByTestId('return-dossier-confirm-text')).toContainText('1 lý do');
  await appraiser.getByTestId('return-dossier-confirm').click();
  await expect(appraiser.getByTestId('incoming-status')).toHaveAttribute('data-status', 'RETURNED');
  await expect(appraiser.getByTestId('incoming-returns')).toContainText(RETURN_TEXT);

  // The province reads the reason on its proposal page and sends the dossier again.
  await eventually(province, panel, 'data-status', 'RETURNED');
  await expect(panel().getByTestId('send-up-returned')).toContainText(RETURN_TEXT);
  await expect(panel().getByTestId('send-up-returned')).toContainText('Thiếu thành phần hồ sơ');
  await panel().getByTestId('send-up').click();
  await expect(province.getByRole('dialog')).toContainText('lần gửi thứ 2');
  await province.getByTestId('send-up-confirm').click();
  await eventually(province, panel, 'data-status', 'DELIVERED');
  await expect(panel().getByTestId('send-up-version')).toHaveAttribute('data-version', '2');

  // 4b. The second version is the same dossier again, received; the appraiser approves the item.
  await eventually(appraiser, () => appraiser.getByTestId('incoming-status'), 'data-status', 'RECEIVED');
  await expect(appraiser.getByTestId('incoming-version')).toHaveAttribute('data-version', '2');
  await item.getByTestId('item-approve').click();
  await expect(item.getByTestId('item-approval')).toHaveAttribute('data-approved', 'true');
  await expect(appraiser.getByTestId('incoming-status')).toHaveAttribute('data-status', 'APPROVED');

  // 5. The national signer issues and signs the decision and its certificate, after a confirmation
  // that says a signed decision cannot be changed.
  const signer = await actor(browser, 'lanhdao.tw');
  await signer.getByTestId('nav-incoming-dossiers').click();
  await signer
    .locator(`[data-testid="incoming-dossier-row"][data-title="${TITLE}"]`)
    .getByRole('link')
    .click();
  await signer.getByTestId('decide-open').click();
  await expect(signer.getByRole('dialog')).toContainText('không thể sửa');
  await signer.getByTestId('decide-confirm').click();
  await expect(signer.getByTestId('incoming-status')).toHaveAttribute('data-status', 'DECIDED', {
    timeout: 60_000,
  });
  const decision = signer.getByTestId('incoming-decision');
  await expect(decision).toBeVisible();
  const number = ((await signer.getByTestId('incoming-decision-number').textContent()) ?? '').match(
    /Quyết định số (\S+)/,
  )?.[1];
  expect(number).toBeTruthy();
  await expect(decision.getByTestId('incoming-decision-file').first()).toBeVisible();

  // The decision package comes back: the province's dossier is decided by it, nobody typing it.
  await eventually(province, panel, 'data-status', 'DECIDED');
  await expect(province.getByTestId('proposal-state')).toHaveAttribute('data-state', 'DECIDED');
  await expect(province.getByTestId('decision-issued')).toContainText(number ?? '');

  // 6. The person's page shows the award with the national decision's number.
  const found = await getJson<{ items: { id: string; fullName: string }[] }>(
    province,
    `/api/people?q=${encodeURIComponent(NOMINEE)}`,
  );
  const person = found.items.find((p) => p.fullName === NOMINEE);
  expect(person).toBeTruthy();
  await province.goto(`/ca-nhan/${person?.id}`);
  await expect(province.getByTestId('person-awards')).toContainText('Bằng khen của Thủ tướng Chính phủ');
  await expect(province.getByTestId('person-awards')).toContainText(number ?? '');

  // The certificate's QR code opens the public verification page, which finds the national seal's
  // signature on the certificate valid.
  const decided = await getJson<{ decisionId: string }>(province, `/api/proposals/${proposalId}`);
  const certificates = await province.request.get(
    `/api/decisions/${decided.decisionId}/certificates.pdf?layout=full`,
  );
  expect(certificates.ok()).toBeTruthy();
  const url = qrOfFirstPage(await certificates.body());
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(url);
  await expect(visitor.getByTestId('verification-status')).toHaveAttribute('data-status', 'VALID');
  await expect(visitor.getByTestId('verification')).toContainText(NOMINEE);
  await expect(visitor.getByTestId('verification')).toContainText(number ?? '');
  // The certificate received from the upper level (kind CERTIFICATE, one award's), signed by VN-BNV.
  const signature = visitor.locator('[data-testid^="signature-CERTIFICATE"]').first();
  await expect(signature).toHaveAttribute('data-status', 'VALID');
  await expect(signature).toContainText('Chữ ký số hợp lệ — ký bởi Bộ Nội vụ (mẫu)');

  for (const p of [province, appraiser, signer, visitor]) await p.context().close();
});
