import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { login } from './support/login';
import { confirmMinutesDrafts } from './support/proposal-setup';
import { qrOfFirstPage } from './support/qr';
import { getJson, postJson, signIn, unitIds } from './support/workflow-api';

test('mã QR trên giấy khen mở trang xác minh công khai, hiện khen thưởng rồi hiện đã thu hồi', async ({
  page,
}) => {
  await signIn(page, 'quantri');
  const units = await unitIds(page);
  const unitId = units.SGDDT ?? Object.values(units)[0];
  const person = await postJson<{ id: string }>(page, '/api/people', {
    fullName: 'Nguyễn Thị Hường',
    gender: 'NU',
    unitId,
  });
  const decision = await postJson<{ id: string; number: string }>(page, '/api/decisions', {
    number: `${Date.now() % 100000}/QĐ-UBND`,
    signedOn: '2026-02-05',
    issuer: 'UBND tỉnh Sơn Hà',
    signer: 'Trần Văn Ký',
  });
  const award = await postJson<{ id: string; version: number }>(page, '/api/awards', {
    subjectId: person.id,
    awardCode: 'GIAY_KHEN',
    year: 2025,
    decisionId: decision.id,
    achievement: 'Đã có thành tích xuất sắc trong công tác năm 2025',
  });

  const res = await page.request.get(`/api/decisions/${decision.id}/certificates.pdf?layout=full`);
  expect(res.ok()).toBeTruthy();
  const url = qrOfFirstPage(await res.body());
  expect(url).toMatch(/\/cong-khai\/xac-minh\/[A-Za-z0-9_-]{43}$/);

  // The public page needs no session.
  await page.context().clearCookies();
  await page.goto(url);
  await expect(page.getByTestId('verification-status')).toHaveAttribute('data-status', 'VALID');
  await expect(page.getByTestId('verification')).toContainText('Nguyễn Thị Hường');
  await expect(page.getByTestId('verification')).toContainText(decision.number);
  await expect(page.getByTestId('verification')).toContainText('05/02/2026');
  await expect(page.getByTestId('verification-status')).toContainText('hợp lệ');

  await signIn(page, 'quantri');
  await postJson(page, `/api/awards/${award.id}/revoke`, {
    version: award.version,
    ground: 'A',
    revokedOn: '2026-03-01',
  });
  await page.context().clearCookies();
  await page.goto(url);
  await expect(page.getByTestId('verification-status')).toHaveAttribute('data-status', 'REVOKED');
  await expect(page.getByTestId('verification-status')).toContainText('đã bị thu hồi ngày 01/03/2026');
});

test('cán bộ tải báo cáo thành tích của một cá nhân từ trang cá nhân', async ({ page }) => {
  await login(page, 'canbo.sogd');
  const { items } = await getJson<{ items: { id: string; fullName: string }[] }>(
    page,
    '/api/people?pageSize=1',
  );
  const person = items[0];
  if (!person) throw new Error('dữ liệu mẫu phải có cá nhân trong phạm vi của cán bộ');
  await page.goto(`/ca-nhan/${person.id}`);
  await expect(page.getByTestId('page-title')).toHaveText(person.fullName);

  const downloading = page.waitForEvent('download');
  await page.getByTestId('download-achievement-report').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^bao-cao-thanh-tich-.*\.docx$/);
  const file = await download.path();
  const xml = execFileSync('unzip', ['-p', file, 'word/document.xml']).toString('utf8');
  expect(xml).toContain('BÁO CÁO THÀNH TÍCH');
  expect(xml).toContain(person.fullName);
});

type Proposal = {
  id: string;
  version: number;
  items: { id: string }[];
  components: { name: string; present: boolean }[];
};

/** A Giấy khen dossier of the Sở taken through the workflow by the administrator up to its decision. */
async function decidedProposal(page: Page, names: string[]) {
  const unitId = (await unitIds(page)).SGDDT;
  const people = [];
  for (const fullName of names) {
    const person = await postJson<{ id: string }>(page, '/api/people', { fullName, gender: 'NU', unitId });
    await postJson(page, '/api/ratings', { subjectId: person.id, year: 2025, rating: 'HTXSNV' });
    people.push(person.id);
  }
  const created = await postJson<{ proposals: Proposal[] }>(page, '/api/proposals', {
    kind: 'CONG_TRANG',
    title: 'Đề nghị tặng Giấy khen năm 2025',
    year: 2025,
    submittingUnitId: unitId,
    items: people.map((subjectId) => ({ subjectType: 'PERSON', subjectId, awardCode: 'GIAY_KHEN' })),
  });
  let p = created.proposals[0] as Proposal;
  const step = async (action: string, body: Record<string, unknown> = {}) => {
    p = await postJson<Proposal>(page, `/api/proposals/${p.id}/${action}`, {
      expectedVersion: p.version,
      ...body,
    });
  };
  for (const c of p.components.filter((c) => !c.present))
    await step('components', { component: c.name, generated: true });
  // The Sở's director confirms the minutes draft, and signs the Sở's Giấy khen decision.
  await confirmMinutesDrafts(
    page,
    () => p,
    (next) => {
      p = next as Proposal;
    },
  );
  const director = await getJson<{ user: { id: string } }>(page, '/api/auth/me');
  await signIn(page, 'quantri');
  await step('submit-for-review');
  await step('submit', { ineligibleReason: 'Đơn vị đề nghị xem xét thành tích trong năm' });
  for (const action of ['receive', 'start-appraisal']) await step(action);
  for (const item of p.items) await step('appraise-item', { itemId: item.id });
  await step('complete-appraisal');
  await postJson(page, '/api/decisions/issue', {
    proposalId: p.id,
    expectedVersion: p.version,
    signedOn: '2026-02-05',
    signerUserId: director.user.id,
    signer: 'Trần Văn Ký',
    approvedItemIds: p.items.map((i) => i.id),
  });
  return p.id;
}

test('trang hồ sơ hiện tiền thưởng của quyết định và tải giấy khen với tiến độ từng trang', async ({
  page,
}) => {
  await signIn(page, 'quantri');
  const proposalId = await decidedProposal(page, ['Nguyễn Thị Hường', 'Lê Văn An', 'Phạm Minh Châu']);
  await page.goto(`/ho-so-de-nghi/${proposalId}`);
  const panel = page.getByTestId('decision-documents');
  // Three Giấy khen at the stored 710.000 đ each (coefficient 0,3 × base salary, rounded up).
  await expect(panel.getByTestId('money-summary-total')).toHaveText('Tổng cộng: 2.130.000 đ');
  await expect(panel.getByTestId('money-summary-row')).toHaveText(['Giấy khen32.130.000 đ']);
  await expect(panel.getByTestId('download-money-summary')).toHaveAttribute('href', /money-summary\.xlsx$/);

  const download = page.waitForEvent('download');
  await panel.getByTestId('download-certificates-full').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^giay-khen-.*\.pdf$/);
  const progress = panel.getByTestId('certificates-progress');
  await expect(progress).toHaveAttribute('data-done', 'true');
  await expect(progress).toHaveAttribute('data-pages', '3');
  await expect(progress).toHaveAttribute('data-total', '3');
  await expect(progress).toContainText('3/3');
  const pdf = fs.readFileSync(await file.path());
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.toString('latin1').match(/\/Type \/Page\n/g)).toHaveLength(3);
});

test('quản trị căn chỉnh vị trí in lên phôi trong trang thiết lập văn bản', async ({ page }) => {
  await signIn(page, 'quantri');
  await page.goto('/');
  await page.getByTestId('nav-document-settings').click();
  await expect(page.getByTestId('page-title')).toHaveText('Thiết lập văn bản');
  await page.getByTestId('settings-placeName').fill('Sơn Hà');
  await page.getByTestId('settings-blankStockOffsetXMm').fill('60');
  await page.getByTestId('settings-save').click();
  // Refused with the range, not capped to 50 (the shared number field's message).
  await expect(page.getByText('Giá trị phải từ -50 đến 50')).toBeVisible();
  await page.getByTestId('settings-blankStockOffsetXMm').fill('2,5');
  await page.getByTestId('settings-blankStockOffsetYMm').fill('-1,5');
  await page.getByTestId('settings-save').click();
  await expect(page.getByText('Đã lưu thiết lập văn bản.')).toBeVisible();
  const saved = await (await page.request.get('/api/document-settings')).json();
  expect(saved).toMatchObject({ placeName: 'Sơn Hà', blankStockOffsetXMm: 2.5, blankStockOffsetYMm: -1.5 });
});
