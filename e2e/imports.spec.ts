import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { login } from './support/login';
import { postJson } from './support/workflow-api';

type Unit = { id: string; code: string; name: string };
type PersonRow = { id: string; fullName: string };
type PersonDetail = { person: { fullName: string; birthDate: string | null; citizenId: string | null } };

const dmy = (iso: string) => iso.split('-').reverse().join('/');

test.describe('nhập dữ liệu từ Excel', () => {
  test('tải mẫu, điền, tải lên, chạy thử, ghi, rồi thấy khen thưởng trên trang cá nhân', async ({ page }) => {
    await login(page, 'canbo.sogd');

    // A person of Trường THPT Chuyên Sơn Hà, with the identity a legacy file would carry.
    const units = (await (await page.request.get('/api/org-units')).json()) as { items: Unit[] };
    const school = units.items.find((u) => u.name === 'Trường THPT Chuyên Sơn Hà');
    expect(school, 'dữ liệu mẫu phải có Trường THPT Chuyên Sơn Hà').toBeDefined();
    const list = await page.request.get('/api/people', { params: { unitId: school!.id, pageSize: 100 } });
    const { items } = (await list.json()) as { items: PersonRow[] };
    const target = items[0]!;
    const { person } = await postJson<PersonDetail>(page, `/api/people/${target.id}/reveal`, {});
    const decisionNumber = `${Date.now() % 100_000}/QĐ-SGDĐT`;

    await page.getByTestId('nav-imports').click();
    await expect(page.getByTestId('page-title')).toHaveText('Nhập dữ liệu');
    await page.getByTestId('import-kind').click();
    await page.getByRole('option', { name: 'Khen thưởng (kèm quyết định)' }).click();

    const downloading = page.waitForEvent('download');
    await page.getByTestId('import-template').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('mau-nhap-awards.xlsx');
    const templatePath = path.join(os.tmpdir(), `mau-${Date.now()}.xlsx`);
    await download.saveAs(templatePath);

    // Fill the downloaded template as an officer would.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(templatePath);
    const sheet = book.getWorksheet('Khen thưởng')!;
    const headers = (sheet.getRow(1).values as unknown[]).map((h) => String(h ?? '').replace(' (*)', ''));
    expect(headers).toContain('Số quyết định');
    const values: Record<string, string | number> = {
      'Họ và tên': person.fullName,
      'Ngày sinh': person.birthDate ? dmy(person.birthDate) : '',
      'Số CCCD': person.citizenId ?? '',
      'Mã đơn vị': school!.code,
      'Danh hiệu/hình thức': 'CSTDCS - Chiến sĩ thi đua cơ sở',
      Năm: 2019,
      'Số quyết định': decisionNumber,
      'Ngày quyết định': '15/01/2020',
      'Cơ quan ban hành': 'Sở Giáo dục và Đào tạo',
    };
    const row = sheet.getRow(2);
    headers.forEach((header, index) => {
      if (header in values) row.getCell(index).value = values[header]!;
    });
    const filledPath = path.join(os.tmpdir(), `khen-thuong-${Date.now()}.xlsx`);
    await book.xlsx.writeFile(filledPath);

    await page.locator('input[type="file"]').setInputFiles(filledPath);
    await page.getByTestId('import-dry-run').click();
    await expect(page.getByTestId('import-summary')).toContainText('1 dòng: 0 dòng lỗi');
    await expect(page.getByTestId('import-problems')).toHaveCount(0);
    // A person without citizen ID or birth date is an uncertain match: confirm it.
    if (await page.getByTestId('import-match').count()) {
      await page.getByTestId('import-match-candidate').first().click();
    }
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-commit-confirm').click();
    await expect(page.getByTestId('import-committed')).toBeVisible();

    await page.goto(`/ca-nhan/${target.id}`);
    await expect(page.getByTestId('person-awards')).toContainText(decisionNumber);
  });
});
