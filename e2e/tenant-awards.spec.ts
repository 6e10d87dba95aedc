import { expect, type Page, test } from '@playwright/test';
import { typeDate } from './support/date-input';
import { login } from './support/login';

// Issue 12, acceptance: the tenant administrator adds a provincial title from the console, and the engine
// judges it in the next request — a person's eligibility page shows the new title's verdict with the
// province's regulation as its citation. Given by hand, the award is named from the catalogue everywhere.

type PersonRow = { id: string; fullName: string };
type Verdict = { award: string; eligible: boolean; held: boolean };

const YEAR = 2025;
const CITATION = 'Quyết định 15/2025/QĐ-UBND của UBND tỉnh, Điều 3';

async function getJson<T>(page: Page, url: string, params?: Record<string, string | number>): Promise<T> {
  const response = await page.request.get(url, { params });
  expect(response.ok(), `${url} trả về ${response.status()}`).toBeTruthy();
  return (await response.json()) as T;
}

/** A person rated at least "hoàn thành nhiệm vụ" in 2025: eligible for LĐTT, so rated that year. */
async function ratedPerson(page: Page): Promise<PersonRow> {
  const { items } = await getJson<{ items: PersonRow[] }>(page, '/api/people', { pageSize: 50 });
  for (const person of items) {
    const { verdicts } = await getJson<{ verdicts: Verdict[] }>(
      page,
      `/api/subjects/${person.id}/eligibility`,
      {
        year: YEAR,
      },
    );
    if (verdicts.find((v) => v.award === 'LDTT')?.eligible) return person;
  }
  throw new Error('dữ liệu mẫu phải có người đủ điều kiện Lao động tiên tiến năm 2025');
}

async function choose(page: Page, testId: string, option: string) {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('quản trị thêm danh hiệu riêng của tỉnh; trang điều kiện xét danh hiệu đó ngay, với căn cứ của tỉnh', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const code = `UU_TU_${Date.now().toString(36).toUpperCase()}`;
  const name = `Người tốt việc tốt tỉnh Sơn Hà ${code.slice(-4)}`;
  await login(page, 'quantri');
  const person = await ratedPerson(page);

  await page.getByTestId('nav-tenant-awards').click();
  await expect(page.getByTestId('page-title')).toHaveText('Danh hiệu, hình thức khen thưởng riêng của tỉnh');
  await page.getByTestId('ta-add').click();
  const form = page.getByTestId('tenant-award-form');

  // A bad code is refused in the form before anything is sent.
  await page.getByTestId('ta-code').fill('viet thuong');
  await page.getByTestId('ta-save').click();
  await expect(form).toContainText('Mã gồm chữ in hoa không dấu');

  await page.getByTestId('ta-code').fill(code);
  await page.getByTestId('ta-name').fill(name);
  await page.getByTestId('ta-coefficient').fill('0,5');
  await page.getByTestId('ta-citation').fill(CITATION);
  await typeDate(page.getByTestId('ta-effective-from'), '01/01/2025');
  // The criteria from the form, not JSON: rated at least "hoàn thành nhiệm vụ" in the year.
  await choose(page, 'criteria-type-0', 'Xếp loại trong năm xét');
  await page.getByTestId('criteria-row-0').getByLabel('Mức xếp loại tối thiểu').click();
  await page.getByRole('option', { name: 'Hoàn thành nhiệm vụ', exact: true }).click();
  await page.getByTestId('ta-save').click();
  await page.getByTestId('ta-confirm').click();
  await expect(page.getByTestId(`ta-row-${code}-1`)).toContainText(name);
  await expect(page.getByTestId(`ta-row-${code}-1`)).toContainText('từ 01/01/2025');

  // A second version must start later: the server's refusal (TENANT_AWARD_DATES) is shown in Vietnamese.
  await page.getByTestId(`ta-new-version-${code}`).click();
  await typeDate(page.getByTestId('ta-effective-from'), '01/01/2024');
  await page.getByTestId('ta-save').click();
  await page.getByTestId('ta-confirm').click();
  await expect(page.getByTestId('tenant-award-error')).toContainText(
    'phải sau ngày hiệu lực của phiên bản trước',
  );
  await page.getByTestId('ta-cancel').click();

  // Criteria of another award can count this one: the list is the catalogue in force, not the law's codes.
  await page.getByTestId('ta-add').click();
  await choose(page, 'criteria-type-0', 'Đạt danh hiệu trong năm xét');
  await page.getByTestId('criteria-row-0').getByLabel('Danh hiệu, hình thức').click();
  await expect(page.getByRole('option', { name, exact: true })).toBeVisible();
  await page.getByTestId('ta-name').click();
  await page.getByTestId('ta-cancel').click();

  // The next request judges it: the person's eligibility page lists the new title with the province's article.
  await page.goto(`/ca-nhan/${person.id}`);
  const panel = page.getByTestId('eligibility-panel');
  await expect(panel).toBeVisible();
  // Another year first, so choosing 2025 really reloads the verdicts.
  await choose(page, 'eligibility-year', String(YEAR - 1));
  await choose(page, 'eligibility-year', String(YEAR));
  await expect(page.getByTestId('eligibility-year')).toHaveValue(String(YEAR));
  const row = panel.getByTestId(`eligibility-row-${code}`);
  await expect(row).toContainText(name);
  await expect(row.getByTestId(`eligibility-status-${code}`)).toHaveText('Đủ điều kiện');
  await row.getByRole('button').first().click();
  await expect(row.getByTestId('eligibility-citation').filter({ hasText: CITATION }).first()).toBeVisible();

  // Given by hand: the award form offers it by name (its list held only the law's codes), and the
  // person's pages name it from the catalogue, never as its bare code.
  const timeline = page.getByTestId('timeline');
  await timeline.getByTestId('record-add').click();
  await page.getByTestId('record-add-award').click();
  await choose(page, 'award-code', name);
  await page.getByTestId('award-year').fill(String(YEAR));
  await page.getByTestId('award-form-submit').click();
  await expect(page.getByTestId('award-form')).toHaveCount(0);
  const yearRow = timeline.locator(`[data-testid="timeline-year"][data-year="${YEAR}"]`);
  await expect(yearRow.getByTestId('timeline-award').filter({ hasText: name })).toHaveCount(1);
  await expect(page.getByTestId('person-awards')).toContainText(name);
  await expect(page.getByTestId('person-awards')).not.toContainText(code);

  // A unit pledges it in a movement of the year (the registration list offered only the law's codes).
  await page.context().clearCookies();
  await login(page, 'canbo.sogd');
  const { items } = await getJson<{ items: { id: string }[] }>(page, '/api/movements', { year: YEAR });
  expect(items.length, 'dữ liệu mẫu phải có phong trào năm 2025').toBeGreaterThan(0);
  await page.goto(`/phong-trao/${items[0]!.id}`);
  await page.getByTestId('movement-registrations').getByLabel('Danh hiệu đăng ký').click();
  await expect(page.getByRole('option', { name, exact: true })).toBeVisible();
});
