import fs from 'node:fs';
import { expect, type Locator, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { issuedGiayKhenDecision } from './support/decision-setup';
import { login } from './support/login';
import { signIn } from './support/workflow-api';

// Issue 13 §7 in Chromium: the fund's accountant (demo account ketoan) keeps the emulation fund's
// book on its page: a receipt, the payment of a decision's award money (once: a second
// confirmation is refused), a reversing entry, the report, and the .xlsx fund book read back.
// A unit's officer and a Sở's director do not see the page.

/** "20.000.000 đ" → 20000000; "-710.000 đ" → -710000. */
const money = (text: string | null) => Number((text ?? '').replace(/[^\d-]/g, ''));
const vnd = (value: number) =>
  `${value < 0 ? '-' : ''}${String(Math.abs(value)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đ`;

async function choose(page: Page, testId: string, option: string) {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

const awaitingCard = (page: Page, number: string): Locator =>
  page.locator(`[data-testid="fund-awaiting-decision"][data-number="${number}"]`);

test('kế toán Quỹ ghi thu, xác nhận chi một lần, đảo bút toán và tải sổ quỹ .xlsx', async ({ page }) => {
  // The decision is set up through the whole workflow first (about 15 API steps).
  test.setTimeout(240_000);
  const decision = await issuedGiayKhenDecision(page, ['Lương Thị Thu', 'Hà Văn Sơn']);
  await page.context().clearCookies();
  // The fixture gives the TOTP code or enrols the second factor when the server asks for one.
  await login(page, 'ketoan');
  await page.getByTestId('nav-fund').click();
  await expect(page).toHaveURL(/\/quy-thi-dua$/);
  await expect(page.getByTestId('page-title')).toHaveText('Quỹ thi đua, khen thưởng');
  const closing = page.getByTestId('fund-closing');
  await expect(closing).toHaveText(/ đ$/);
  const start = money(await closing.textContent());

  // A receipt: the form says what is missing in Vietnamese before anything is sent.
  await page.getByTestId('fund-add-receipt').click();
  const form = page.getByTestId('fund-receipt-form');
  await page.getByTestId('fund-receipt-submit').click();
  await expect(form).toContainText('Vui lòng chọn nguồn thu');
  await expect(form).toContainText('Vui lòng nhập số tiền');
  await expect(form).toContainText('Vui lòng nhập nội dung thu');
  await choose(page, 'fund-receipt-source', 'Ngân sách nhà nước cấp');
  await page.getByTestId('fund-receipt-amount').fill('20000000');
  await page.getByTestId('fund-receipt-amount').blur();
  await expect(page.getByTestId('fund-receipt-amount')).toHaveValue('20.000.000');
  await page.getByTestId('fund-receipt-voucher').fill('PT-01/2026');
  await page.getByTestId('fund-receipt-description').fill('Ngân sách tỉnh cấp cho Quỹ thi đua, khen thưởng');
  await page.getByTestId('fund-receipt-submit').click();
  await expect(form).toHaveCount(0);
  await expect(closing).toHaveText(vnd(start + 20_000_000));

  // A second tab opened before the payment still offers it: its confirmation must be refused.
  const stale = await page.context().newPage();
  await stale.goto('/quy-thi-dua');
  await stale.getByTestId('fund-tab-awaiting').click();
  await expect(awaitingCard(stale, decision.number)).toBeVisible();

  // The decision's two Giấy khen at 710.000 đ each await payment; confirming asks first.
  await page.getByTestId('fund-tab-awaiting').click();
  const card = awaitingCard(page, decision.number);
  await expect(card.getByTestId('fund-awaiting-amount')).toHaveText('2 khen thưởng · 1.420.000 đ');
  await expect(card.getByTestId('fund-awaiting-item')).toHaveCount(2);
  await card.getByTestId('fund-pay').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Ghi 2 khoản chi, tổng cộng 1.420.000 đ');
  await expect(dialog).toContainText('không sửa hay xóa được');
  await page.getByTestId('fund-pay-confirm').click();
  await expect(card).toHaveCount(0);
  await expect(closing).toHaveText(vnd(start + 20_000_000 - 1_420_000));
  await expect(page.getByTestId('fund-out')).not.toHaveText('0 đ');

  // The stale tab's second confirmation: refused, said plainly, and the offer goes away.
  await awaitingCard(stale, decision.number).getByTestId('fund-pay').click();
  await stale.getByTestId('fund-pay-confirm').click();
  const refusal = stale.getByTestId('fund-already-paid');
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText('đã được chi, không chi lần thứ hai');
  await expect(awaitingCard(stale, decision.number)).toHaveCount(0);
  await stale.close();

  // The ledger: the receipt and the two payments, dated dd/mm/yyyy, with who booked them.
  await page.getByTestId('fund-tab-ledger').click();
  const receiptRow = page
    .locator('[data-testid="fund-entry"][data-kind="RECEIPT"]')
    .filter({ hasText: 'PT-01/2026' });
  await expect(receiptRow).toContainText('20.000.000 đ');
  await expect(receiptRow).toContainText('Ngô Thị Mai');
  await expect(receiptRow).toContainText(/\d{2}\/\d{2}\/2026/);
  const payment = page
    .locator('[data-testid="fund-entry"][data-kind="PAYMENT"]')
    .filter({ hasText: 'Hà Văn Sơn' });
  await expect(payment).toContainText('-710.000 đ');
  await expect(payment).toContainText(`QĐ số ${decision.number}`);

  // A wrong payment is corrected by a reversing entry, with a reason, behind a red warning.
  await payment.getByTestId('fund-entry-reverse').click();
  const reversalForm = page.getByTestId('fund-reversal-form');
  await expect(reversalForm).toContainText('không thể hoàn tác');
  await page.getByTestId('fund-reversal-submit').click();
  await expect(reversalForm).toContainText('Vui lòng nêu lý do đảo bút toán');
  await page.getByTestId('fund-reversal-reason').fill('Chưa chi tiền cho người nhận, ghi nhầm');
  await page.getByTestId('fund-reversal-submit').click();
  await expect(reversalForm).toHaveCount(0);
  await expect(closing).toHaveText(vnd(start + 20_000_000 - 710_000));
  await expect(payment).toHaveAttribute('data-reversed', 'true');
  const reversal = page
    .locator('[data-testid="fund-entry"][data-kind="REVERSAL"]')
    .filter({ hasText: 'Hà Văn Sơn' });
  await expect(reversal).toContainText('710.000 đ');
  await expect(reversal).toContainText('Chưa chi tiền cho người nhận');
  await expect(reversal.getByTestId('fund-entry-original')).toContainText('Đảo bút toán ngày');
  // The reversed payment no longer offers a reversal; its award awaits payment again.
  await expect(payment.getByTestId('fund-entry-reverse')).toHaveCount(0);
  await page.getByTestId('fund-tab-awaiting').click();
  await expect(card.getByTestId('fund-awaiting-amount')).toHaveText('1 khen thưởng · 710.000 đ');

  // The report: money in by source and out by award level add up to the year's totals.
  await page.getByTestId('fund-tab-report').click();
  await expect(page.getByTestId('fund-report-total-in')).toHaveText(
    await page.getByTestId('fund-in').innerText(),
  );
  await expect(page.getByTestId('fund-report-total-out')).toHaveText(
    await page.getByTestId('fund-out').innerText(),
  );
  await expect(page.locator('[data-testid="fund-report-level"][data-level="CO_SO"]')).toContainText(
    'Cấp cơ sở',
  );
  await expect(page.getByTestId('fund-report-award').filter({ hasText: 'Giấy khen' })).toBeVisible();

  // The finance office's workbook, read back: the receipt's cell and the closing balance.
  const downloading = page.waitForEvent('download');
  await page.getByTestId('fund-download-xlsx').click();
  const download = await downloading;
  const year = new Date().getFullYear();
  expect(download.suggestedFilename()).toBe(`quy-thi-dua-khen-thuong-${year}.xlsx`);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(fs.readFileSync(await download.path()) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet(`Sổ quỹ ${year}`);
  expect(sheet).toBeDefined();
  expect(String(sheet?.getCell(1, 9).value)).toBe('Thu (đồng)');
  let receiptIn: unknown;
  let lastBalance: unknown;
  sheet?.eachRow((row) => {
    if (row.getCell(3).value === 'PT-01/2026') receiptIn = row.getCell(9).value;
    if (row.getCell(5).value === 'Số dư cuối năm') lastBalance = row.getCell(11).value;
  });
  expect(receiptIn).toBe(20_000_000);
  expect(lastBalance).toBe(money(await closing.textContent()));
});

test('cán bộ đơn vị và lãnh đạo Sở không thấy trang Quỹ thi đua, khen thưởng', async ({ page }) => {
  test.setTimeout(120_000);
  for (const username of ['canbo.sogd', 'lanhdao.sogd']) {
    await signIn(page, username);
    await page.goto('/');
    await expect(page.getByTestId('nav')).toBeVisible();
    await expect(page.getByTestId('nav-fund')).toHaveCount(0);
    // Typing the address leads back to the dashboard, and the API refuses the fund anyway.
    await page.goto('/quy-thi-dua');
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByTestId('fund-closing')).toHaveCount(0);
    expect((await page.request.get('/api/fund')).status()).toBe(403);
  }
  // The province's leader reads the fund (no receipt or payment buttons).
  await signIn(page, 'lanhdao');
  await page.goto('/');
  await page.getByTestId('nav-fund').click();
  await expect(page.getByTestId('fund-closing')).toBeVisible();
  await expect(page.getByTestId('fund-add-receipt')).toHaveCount(0);
});
