import { expect, test } from '@playwright/test';
import { foldVietnamese } from '../packages/domain/src/text/fold';
import { login } from './support/login';
import { postJson } from './support/workflow-api';

type PersonRow = { id: string; fullName: string };

// Letters only, since a full name may hold letters and spaces but no digits.
function uniqueSyllables(): string {
  const syllables = ['Lam', 'Thu', 'Ngọc', 'Minh', 'Hà', 'Quế', 'Đào', 'Khánh', 'Vy', 'Tâm'];
  return String(Date.now() % 1_000_000)
    .split('')
    .map((digit) => syllables[Number(digit)])
    .join(' ');
}

function randomCitizenId(): string {
  return `09${String(Date.now()).slice(-10)}`;
}

test.describe('danh sách cá nhân', () => {
  test('tìm không dấu vẫn ra tên có dấu', async ({ page }) => {
    await login(page, 'admin');
    const response = await page.request.get('/api/people', { params: { pageSize: 100, q: 'đ' } });
    expect(response.ok()).toBeTruthy();
    const { items } = (await response.json()) as { items: PersonRow[] };
    const target = items.find((p) => foldVietnamese(p.fullName) !== p.fullName.toLowerCase()) ?? items[0];
    expect(target, 'dữ liệu mẫu phải có tên có dấu').toBeDefined();
    const name = target!.fullName;
    const typed = foldVietnamese(name);
    expect(typed).not.toBe(name.toLowerCase());

    await page.getByTestId('nav-people').click();
    await expect(page.getByTestId('people-row').first()).toBeVisible();
    await page.getByTestId('people-search').fill(typed);
    await expect(page).toHaveURL(/q=/);
    await expect(page.getByTestId('people-row-name').filter({ hasText: name }).first()).toBeVisible();
    // Every row shown matches the folded query.
    const shown = await page.getByTestId('people-row-name').allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    for (const fullName of shown) expect(foldVietnamese(fullName)).toContain(typed);
  });

  test('sắp xếp theo tên (tên gọi, rồi họ) theo thứ tự tiếng Việt', async ({ page }) => {
    await login(page, 'admin');
    await page.goto('/ca-nhan?pageSize=100');
    await expect(page.getByTestId('people-row')).toHaveCount(100);
    // Vietnamese lists order by the given name, the last word; Đ comes after D.
    const givenNames = (await page.getByTestId('people-row-name').allTextContents()).map(
      (name) => name.trim().split(/\s+/).at(-1) ?? '',
    );
    const collator = new Intl.Collator('vi');
    expect(givenNames).toEqual([...givenNames].sort(collator.compare));
  });

  test('thêm cá nhân: lỗi nhập liệu báo tiếng Việt, sửa xong thì lưu được', async ({ page }) => {
    await login(page, 'canbo.sogd');
    await page.getByTestId('nav-people').click();
    await page.getByTestId('people-create').click();
    await expect(page.getByTestId('page-title')).toHaveText('Thêm cá nhân');

    // Empty form: required fields are named in Vietnamese.
    await page.getByTestId('person-submit').click();
    await expect(page.getByTestId('person-fullName-error')).toHaveText('Vui lòng nhập họ và tên');
    await expect(page.getByTestId('person-gender-error')).toHaveText('Vui lòng chọn giới tính');

    const fullName = `Trần Thị ${uniqueSyllables()}`;
    await page.getByTestId('person-fullName').fill(fullName);
    await page.getByRole('radio', { name: 'Nữ' }).check();
    await page.getByTestId('person-position').fill('Giáo viên');
    await page.getByTestId('person-citizenId').fill('12345');
    await page.getByTestId('person-submit').click();
    await expect(page.getByTestId('person-citizenId-error')).toHaveText('Số CCCD gồm đúng 12 chữ số');
    await expect(page).toHaveURL(/\/ca-nhan\/moi$/);

    await page.getByTestId('person-citizenId').fill(randomCitizenId());
    await expect(page.getByTestId('person-citizenId-error')).toHaveCount(0);
    await page.getByTestId('person-submit').click();

    await expect(page).toHaveURL(/\/ca-nhan\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('page-title')).toHaveText(fullName);
    await expect(page.getByTestId('person-full-name')).toHaveText(fullName);
    await expect(page.getByText(`Đã thêm ${fullName}.`)).toBeVisible();
  });

  test('lỗi từ máy chủ hiện đúng ô: số CCCD đã có trong hệ thống', async ({ page }) => {
    await login(page, 'canbo.sogd');
    const list = await page.request.get('/api/people', { params: { pageSize: 1 } });
    const [someone] = ((await list.json()) as { items: PersonRow[] }).items;
    const detail = await postJson<{ person: { citizenId: string } }>(
      page,
      `/api/people/${someone!.id}/reveal`,
      {},
    );
    const existingId = detail.person.citizenId;
    expect(existingId).toMatch(/^\d{12}$/);

    await page.goto('/ca-nhan/moi');
    await page.getByTestId('person-fullName').fill(`Lê Văn ${uniqueSyllables()}`);
    await page.getByRole('radio', { name: 'Nam' }).check();
    await page.getByTestId('person-citizenId').fill(existingId);
    await page.getByTestId('person-submit').click();
    await expect(page.getByTestId('person-citizenId-error')).toHaveText('Số CCCD đã có trong hệ thống.');
    await expect(page).toHaveURL(/\/ca-nhan\/moi$/);
  });

  test('trang cá nhân che thông tin nhạy cảm, người có quyền bấm để xem', async ({ page }) => {
    await login(page, 'canbo.sogd');
    await page.getByTestId('nav-people').click();
    await page.getByTestId('people-row-name').first().click();
    await expect(page.getByTestId('person-citizen-id')).toContainText('********');
    await page.getByTestId('person-reveal').click();
    await expect(page.getByTestId('person-citizen-id')).toHaveText(/^\d{12}$/);
    await expect(page.getByText('Việc xem thông tin nhạy cảm đã được ghi nhật ký.')).toBeVisible();
  });

  test('người xem không có nút hiện thông tin nhạy cảm, thêm hay sửa', async ({ page }) => {
    await login(page, 'xem');
    await page.getByTestId('nav-people').click();
    await expect(page.getByTestId('people-create')).toHaveCount(0);
    await page.getByTestId('people-row-name').first().click();
    await expect(page.getByTestId('person-full-name')).toBeVisible();
    await expect(page.getByTestId('person-reveal')).toHaveCount(0);
    await expect(page.getByTestId('person-edit')).toHaveCount(0);
  });
});
