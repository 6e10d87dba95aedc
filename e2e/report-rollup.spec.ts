import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { login, logout } from './support/login';

// Issue 13, item 6 in Chromium: the province freezes form 0603 for 2025 with its leader as
// signer and downloads the JSON; the national demo tenant uploads it (with an altered copy that
// is refused on its own), uploads it again (unchanged), and reads the province's figures beside
// the sum. That a frozen report ignores later records is covered by report-snapshots.int.test.ts.

type Snapshot = {
  sender: { code: string; name: string };
  report: { formCode: string; year: number; cells: Record<string, Record<string, number>> };
  signer: { fullName: string };
  revision: number;
  frozenOn: string;
  contentHash: string;
};

const digits = (text: string | null) => Number((text ?? '').replace(/\./g, '').trim());
const vn = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

test('tỉnh chốt biểu 0603 năm 2025, tải JSON; Bộ Nội vụ (mẫu) nhận hai lần và thấy số liệu của tỉnh bên cạnh số tổng hợp', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await login(page, 'quantri');
  await page.goto('/thong-ke');
  await page.getByTestId('form-year').fill('2025');
  await expect(page.getByTestId('form-title')).toContainText('0603.N/BNV-TĐKT');
  const liveTotal = digits(await page.getByTestId('cell-1-1').textContent());
  expect(liveTotal).toBeGreaterThan(0);

  // Chốt báo cáo: the leader of the province signs, on 10/12/2025.
  await page.getByTestId('freeze-open').click();
  const dialog = page.getByTestId('freeze-dialog');
  await expect(dialog).toContainText('Đơn vị báo cáo: Ủy ban nhân dân tỉnh Sơn Hà');
  await page.getByTestId('freeze-signer').click();
  await page.getByRole('option', { name: /Hoàng Đức Long/ }).click();
  const date = page.getByTestId('freeze-signed-on');
  await date.fill('10/12/2025');
  // Leaving the field (a click on the dialog's text) closes the calendar and keeps the typed date.
  await dialog.getByText(/Đơn vị báo cáo/).click();
  await expect(date).toHaveValue('10/12/2025');
  await page.getByTestId('freeze-next').click();
  // The confirmation says what freezing means before anything is stored.
  await expect(page.getByText(/không thay đổi nữa/)).toBeVisible();
  await page.getByTestId('freeze-confirm').click();
  await expect(page.getByText('Đã chốt 0603 năm 2025, lần chốt 1.')).toBeVisible();

  const row = page.getByTestId('snapshot-list').getByTestId('snapshot-0603-1');
  await expect(row).toContainText('Hoàng Đức Long');
  await expect(row).toContainText('10/12/2025');
  await expect(row).toContainText('TT 2/2023/TT-BNV');
  const shortHash = ((await row.getByTestId('snapshot-hash').textContent()) ?? '').trim();
  expect(shortHash).toMatch(/^[0-9a-f]{12}$/);

  const xlsxDownload = page.waitForEvent('download');
  await row.getByTestId('snapshot-xlsx').click();
  expect((await xlsxDownload).suggestedFilename()).toMatch(/0603.*\.xlsx$/);

  const jsonDownload = page.waitForEvent('download');
  await row.getByTestId('snapshot-json').click();
  const download = await jsonDownload;
  expect(download.suggestedFilename()).toMatch(/0603.*ban-chot-1\.json$/);
  const text = fs.readFileSync(await download.path(), 'utf8');
  const doc = JSON.parse(text) as Snapshot;
  expect(doc.contentHash.startsWith(shortHash)).toBe(true);
  expect(doc).toMatchObject({
    sender: { name: 'Tỉnh Sơn Hà' },
    report: { formCode: '0603', year: 2025 },
    signer: { fullName: 'Hoàng Đức Long' },
    revision: 1,
    frozenOn: '2025-12-10',
  });
  expect(doc.report.cells['1']?.['1']).toBe(liveTotal);
  await logout(page);

  // The files as a province officer would pick them, plus a copy with one figure changed by hand.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rollup-'));
  const good = path.join(dir, download.suggestedFilename());
  fs.writeFileSync(good, text);
  const altered = path.join(dir, 'bieu-0603-da-sua.json');
  const changed = structuredClone(doc);
  changed.report.cells['1']!['1'] = liveTotal + 100;
  fs.writeFileSync(altered, JSON.stringify(changed));

  await login(page, 'quantri.bonv');
  await expect(page.getByTestId('header-user-unit')).toContainText('Bộ Nội vụ (mẫu)');
  await page.goto('/thong-ke');
  await page.getByTestId('tab-rollup').click();
  await page.getByTestId('rollup-input').setInputFiles([good, altered]);
  await expect(page.getByTestId('rollup-file')).toHaveCount(2);
  await page.getByTestId('rollup-send').click();
  await expect(page.getByTestId('rollup-progress')).toHaveText('Đã gửi 2/2 tệp');
  const files = page.getByTestId('rollup-file');
  const goodRow = files.filter({ hasText: download.suggestedFilename() });
  await expect(goodRow.getByTestId('rollup-outcome')).toHaveText('Đã nhận (báo cáo mới)');
  await expect(goodRow).toContainText('Tỉnh Sơn Hà — 0603 năm 2025, lần chốt 1');
  const badRow = files.filter({ hasText: 'bieu-0603-da-sua.json' });
  await expect(badRow.getByTestId('rollup-outcome')).toHaveText('Từ chối');
  await expect(badRow).toContainText('Mã băm không khớp nội dung');

  // The same file again: nothing changes.
  await page.getByTestId('rollup-input').setInputFiles([good]);
  await page.getByTestId('rollup-send').click();
  await expect(page.getByTestId('rollup-file').getByTestId('rollup-outcome')).toHaveText(
    'Không thay đổi (đã nhận đúng bản này)',
  );

  // The roll-up: Sơn Hà's figures beside the sum, its version, revision and signer.
  const code = doc.sender.code;
  await expect(page.getByTestId(`rollup-sender-head-${code}`)).toHaveText('Tỉnh Sơn Hà');
  const sender = page.getByTestId(`rollup-sender-${code}`);
  await expect(sender).toContainText('TT 2/2023/TT-BNV');
  await expect(sender.getByTestId('rollup-sender-revision')).toHaveText('1');
  await expect(sender).toContainText('Hoàng Đức Long');
  await expect(sender).toContainText('10/12/2025');
  await expect(sender).toContainText(shortHash);
  for (const [rowCode, cols] of Object.entries(doc.report.cells)) {
    const province = digits(await page.getByTestId(`rollup-cell-${rowCode}-${code}`).textContent());
    expect(province, `hàng ${rowCode}`).toBe(cols['1'] ?? 0);
    // One province received: the sum is its figure, not the altered copy's.
    expect(digits(await page.getByTestId(`rollup-total-${rowCode}`).textContent())).toBe(province);
  }
  // Another column of the form, picked above the table.
  await page.getByTestId('rollup-column').click();
  await page.getByRole('option', { name: /^3\./ }).click();
  await expect(page.getByTestId('rollup-total-1')).toHaveText(vn(doc.report.cells['1']?.['3'] ?? 0));
  await logout(page);
});
