import { expect, test } from '@playwright/test';
import { proposalAwaitingCouncil, provinceCouncilMember } from './support/council-setup';
import { typeDate } from './support/date-input';
import { login } from './support/login';

// The council secretary convenes a session from the UI (members from the unit's possible members,
// one of them absent; the dossier waiting for the council), then records the absent member's
// written ballot after a confirmation.

const TITLE = `Đề nghị Chiến sĩ thi đua cấp tỉnh ${Date.now().toString(36)}`;
const NOMINEE = 'Lương Thị Bích Ngọc';
const ABSENT = 'Ủy viên vắng mặt Kha Văn Tín';
const OTHER_MEMBERS = ['Vương Thị Hạnh', 'Lạc Văn Quý', 'Đoàn Thị Thảo'];

test('thư ký tạo phiên họp Hội đồng trên giao diện và ghi phiếu bằng văn bản', async ({ page }) => {
  test.setTimeout(120_000);
  const absentId = await provinceCouncilMember(page, ABSENT);
  const { proposalId } = await proposalAwaitingCouncil(page, { title: TITLE, nominee: NOMINEE });
  await page.context().clearCookies();

  await login(page, 'thuky');
  await page.getByTestId('nav-councils').click();
  await expect(page.getByTestId('page-title')).toHaveText('Hội đồng Thi đua – Khen thưởng');
  await page.getByTestId('councils-create').click();
  const form = page.getByTestId('council-form');
  // The secretary's council sits at the root of their scope, the UBND tỉnh.
  await expect(page.getByTestId('council-unit')).toHaveValue('Ủy ban nhân dân tỉnh Sơn Hà');

  // Sending an empty form names what is missing, in Vietnamese.
  await page.getByTestId('council-submit').click();
  await expect(form).toContainText('Nhập tên phiên họp (ít nhất 3 ký tự)');
  await expect(page.getByTestId('council-members-error')).toHaveText('Chọn ít nhất một thành viên');

  await page.getByTestId('council-title').fill('Phiên họp Hội đồng Thi đua – Khen thưởng tỉnh, tháng 11');
  await typeDate(page.getByTestId('council-meeting-on'), '20/11/2026');
  const present = page.locator('[data-testid="member-candidate"][data-name="Đặng Quang Huy"]');
  const absent = page.locator(`[data-testid="member-candidate"][data-user-id="${absentId}"]`);
  await present.getByTestId('member-pick').check();
  await absent.getByTestId('member-pick').check();
  await absent.getByRole('switch', { name: 'Có mặt' }).uncheck();
  // Two members are too few: the province's council has at least five (rule parameter).
  await page.getByTestId('council-submit').click();
  await expect(page.getByTestId('council-members-error')).toHaveText(
    'Hội đồng cần ít nhất 5 thành viên (đã chọn 2)',
  );
  // Neither the secretary nor the administrators are offered; the demo's other members are.
  const picker = page.getByTestId('council-member-picker');
  await expect(picker.locator('[data-name="Lê Minh Tuấn"]')).toHaveCount(0);
  await expect(picker.locator('[data-name="Phạm Thu Trang"]')).toHaveCount(0);
  for (const name of OTHER_MEMBERS)
    await page
      .locator(`[data-testid="member-candidate"][data-name="${name}"]`)
      .getByTestId('member-pick')
      .check();
  // Five members: the quorum follows, two thirds rounded up.
  await expect(page.getByTestId('council-quorum')).toHaveValue('4');
  await page.getByTestId('council-quorum').fill('3');
  await page
    .locator(`[data-testid="proposal-candidate"][data-proposal-id="${proposalId}"]`)
    .getByTestId('proposal-pick')
    .check();
  await page.getByTestId('council-submit').click();

  // The new session's page: members with their presence, the nominee on the agenda.
  await expect(page).toHaveURL(/\/hoi-dong\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('page-title')).toHaveText(
    'Phiên họp Hội đồng Thi đua – Khen thưởng tỉnh, tháng 11',
  );
  await expect(page.getByTestId('council-members')).toContainText(`${ABSENT} · Vắng mặt`);
  await expect(page.getByTestId('council-members')).toContainText('Đặng Quang Huy · Có mặt');
  const row = page.locator(`[data-testid^="agenda-"][data-subject="${NOMINEE}"]`);
  await expect(row).toContainText('Đã bỏ phiếu: 0');

  // The absent member's written ballot, after the warning that it cannot be changed.
  const card = page.getByTestId('written-ballot');
  await card.getByTestId('written-member').click();
  await page.getByRole('option', { name: ABSENT }).click();
  await card.getByTestId('written-item').click();
  await page.getByRole('option', { name: new RegExp(NOMINEE) }).click();
  await card.getByText('Đồng ý', { exact: true }).click();
  await card.getByTestId('written-submit').click();
  await expect(page.getByRole('dialog')).toContainText('Phiếu đã ghi không sửa được');
  await page.getByTestId('written-confirm').click();
  await expect(row).toContainText('Đã bỏ phiếu: 1');

  // The session is listed, open, with its five members and one nominee.
  await page.getByTestId('nav-councils').click();
  const listed = page.getByTestId('council-row').filter({ hasText: 'tháng 11' }).first();
  await expect(listed).toContainText('Đang họp');
  await expect(listed).toContainText('Ủy ban nhân dân tỉnh Sơn Hà');
});
