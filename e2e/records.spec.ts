import { expect, type Page, test } from '@playwright/test';
import { foldVietnamese } from '../packages/domain/src/text/fold';
import { login } from './support/login';

type PersonRow = { id: string; fullName: string };
type Timeline = { years: { year: number; ratings: unknown[]; titles: unknown[]; forms: unknown[] }[] };

async function getJson<T>(page: Page, url: string, params?: Record<string, string | number>): Promise<T> {
  const response = await page.request.get(url, { params });
  expect(response.ok(), `${url} trả về ${response.status()}`).toBeTruthy();
  return (await response.json()) as T;
}

/** A person in the officer's scope whose timeline already has several years, found through the API. */
async function findPersonWithHistory(page: Page): Promise<{ person: PersonRow; years: number[] }> {
  const { items } = await getJson<{ items: PersonRow[] }>(page, '/api/people', { pageSize: 50 });
  for (const person of items) {
    const timeline = await getJson<Timeline>(page, `/api/people/${person.id}/timeline`);
    const rated = timeline.years.filter((y) => y.ratings.length > 0).map((y) => y.year);
    if (rated.length >= 2) return { person, years: timeline.years.map((y) => y.year) };
  }
  throw new Error('dữ liệu mẫu phải có cá nhân có nhiều năm xếp loại');
}

async function choose(page: Page, testId: string, option: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test.describe('lịch sử thi đua, khen thưởng', () => {
  test('cán bộ xem lịch sử theo năm, thêm xếp loại và khen thưởng, rồi tra cứu không dấu', async ({
    page,
  }) => {
    await login(page, 'canbo.sogd');
    const { person, years } = await findPersonWithHistory(page);
    // A year before the first record, so the new row is certainly new.
    const year = Math.min(...years) - 1;

    await page.goto(`/ca-nhan/${person.id}`);
    await expect(page.getByTestId('page-title')).toHaveText(person.fullName);
    const timeline = page.getByTestId('timeline');
    await expect(timeline.getByTestId('timeline-year')).toHaveCount(years.length);
    await expect(timeline.getByTestId('timeline-year').first()).toHaveAttribute(
      'data-year',
      String(Math.max(...years)),
    );

    // Rating: added as HTTNV, then edited to HTXSNV from the row's own menu.
    await timeline.getByTestId('record-add').click();
    await page.getByTestId('record-add-rating').click();
    await page.getByTestId('rating-year').fill(String(year));
    await choose(page, 'rating-value', 'Hoàn thành tốt nhiệm vụ');
    await page.getByTestId('rating-form-submit').click();
    const row = timeline.locator(`[data-testid="timeline-year"][data-year="${year}"]`);
    await expect(row.getByTestId('timeline-rating')).toHaveText('HTTNV');
    await row.getByTestId('record-actions-rating').click();
    await page.getByTestId('record-edit').click();
    await expect(page.getByTestId('rating-value')).toHaveValue('Hoàn thành tốt nhiệm vụ');
    await choose(page, 'rating-value', 'Hoàn thành xuất sắc nhiệm vụ');
    await page.getByTestId('rating-form-submit').click();
    await expect(page.getByTestId('rating-form')).toHaveCount(0);
    await expect(row.getByTestId('timeline-rating')).toHaveText('HTXSNV');

    // Award, with a decision number the search will find.
    const decision = `${Date.now() % 100000}/QĐ-SGD`;
    await timeline.getByTestId('record-add').click();
    await page.getByTestId('record-add-award').click();
    await choose(page, 'award-code', 'Giấy khen');
    await page.getByTestId('award-year').fill(String(year));
    await page.getByTestId('award-decision-number').fill(decision);
    await page.getByTestId('award-form-submit').click();
    await expect(page.getByTestId('award-form')).toHaveCount(0);
    await expect(row.getByTestId('timeline-award')).toContainText('Giấy khen');

    // Evidence (minh chứng) on the award: a text file is refused in Vietnamese, a PDF is listed.
    await row.getByTestId('record-actions-award').click();
    await page.getByTestId('record-files').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByText('Chưa có tệp minh chứng.')).toBeVisible();
    const fileInput = dialog.locator('input[type="file"]');
    await fileInput.setInputFiles({
      name: 'ghi-chu.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('ghi chú'),
    });
    await dialog.getByTestId('evidence-upload').click();
    await expect(dialog.getByTestId('evidence-error')).toContainText('Chỉ nhận tệp minh chứng');
    // A 3 MB scan: well above what a JSON body could carry.
    const pdf = Buffer.alloc(3 * 1024 * 1024, 0x20);
    pdf.write('%PDF-1.4\n% Quyết định khen thưởng\n');
    await fileInput.setInputFiles({
      name: 'quyet-dinh-giay-khen.pdf',
      mimeType: 'application/pdf',
      buffer: pdf,
    });
    await dialog.getByTestId('evidence-upload').click();
    await expect(dialog.getByTestId('evidence-file')).toHaveCount(1);
    await expect(dialog.getByTestId('evidence-file')).toContainText('quyet-dinh-giay-khen.pdf');
    await expect(dialog.getByTestId('evidence-error')).toHaveCount(0);
    await page.keyboard.press('Escape');

    // Search without diacritics.
    await page.getByTestId('nav-award-search').click();
    await expect(page.getByTestId('page-title')).toHaveText('Tra cứu khen thưởng');
    const typed = foldVietnamese(person.fullName);
    await page.getByTestId('award-search-q').fill(typed);
    await page.getByTestId('award-search-decision').fill(decision);
    await expect(page.getByTestId('award-search-row')).toHaveCount(1);
    await expect(page.getByTestId('award-search-name')).toContainText(person.fullName);
  });

  test('sáng kiến chưa nghiệm thu được đánh dấu; khen thưởng ghi sáng kiến đã dùng (CV 5007/BNV-TĐKT)', async ({
    page,
  }) => {
    await login(page, 'canbo.sogd');
    const { person, years } = await findPersonWithHistory(page);
    const year = Math.min(...years) - 1;
    const title = `Đề tài số hóa hồ sơ ${Date.now() % 100000}`;
    await page.goto(`/ca-nhan/${person.id}`);
    const timeline = page.getByTestId('timeline');

    await timeline.getByTestId('record-add').click();
    await page.getByTestId('record-add-initiative').click();
    const form = page.getByTestId('initiative-form');
    await form.getByLabel('Tên sáng kiến, đề tài').fill(title);
    await form.getByLabel('Năm').fill(String(year));
    await expect(form.getByLabel('Đã nghiệm thu')).toBeChecked();
    await form.getByLabel('Đã nghiệm thu').uncheck();
    await page.getByTestId('initiative-form-submit').click();
    await expect(form).toHaveCount(0);
    const row = timeline.locator(`[data-testid="timeline-year"][data-year="${year}"]`);
    const initiative = row.getByTestId('timeline-initiative').filter({ hasText: title });
    await expect(initiative.getByTestId('timeline-initiative-not-accepted')).toHaveText('Chưa nghiệm thu');

    await timeline.getByTestId('record-add').click();
    await page.getByTestId('record-add-award').click();
    await choose(page, 'award-code', 'Giấy khen');
    await page.getByTestId('award-year').fill(String(year));
    await page.getByTestId('award-initiatives').click();
    await page.getByRole('option', { name: `${title} (${year})` }).click();
    // The list stays open for more picks and covers the button: leave it by clicking another field.
    await page.getByTestId('award-year').click();
    await page.getByTestId('award-form-submit').click();
    await expect(page.getByTestId('award-form')).toHaveCount(0);
    await expect(row.getByTestId('timeline-award-initiatives')).toHaveText('Sáng kiến đã dùng: 1');
  });
});
