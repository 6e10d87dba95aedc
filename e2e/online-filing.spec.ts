import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';

// "Nộp hồ sơ trực tuyến" in Chromium: a citizen with no account finds the online procedures on
// the portal, files the household's Gia đình văn hóa registration with a signed form attached,
// is shown the dossier code (MaHoSo), and looks the dossier up by that code.

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

test('người dân nộp hồ sơ đăng ký Gia đình văn hóa trực tuyến và tra cứu bằng mã hồ sơ', async ({ page }) => {
  await page.context().clearCookies();
  await page.goto('/cong-khai');
  await page
    .getByRole('navigation', { name: 'Chuyên mục' })
    .getByRole('link', { name: 'Nộp hồ sơ trực tuyến' })
    .click();
  await expect(page.locator('h1')).toHaveText('Nộp hồ sơ trực tuyến');
  const registration = page.locator('[data-procedure="GIA_DINH_VAN_HOA"]');
  await expect(page.locator('[data-procedure="DOT_XUAT"]')).toContainText(
    'Đăng nhập để nộp hồ sơ của đơn vị',
  );
  await registration.getByRole('link', { name: 'Nộp hồ sơ' }).click();

  await expect(page.locator('h1')).toContainText('Gia đình văn hóa');
  await expectAccessible(page);
  // Submitted without a phone number the browser would stop it; a wrong one reaches the server.
  await page
    .getByLabel('Thôn, tổ dân phố nơi hộ cư trú')
    .selectOption({ label: 'Thôn Đồng Tâm — Xã Tân Lập' });
  await page.getByLabel('Họ và tên chủ hộ').fill('Hà Văn Thịnh');
  await page.getByLabel('Địa chỉ của hộ').fill('Xóm Đồng, thôn Đồng Tâm');
  await page.getByLabel('Số điện thoại').fill('12345');
  await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
  const error = page.getByTestId('online-error');
  await expect(error).toContainText('Số điện thoại không hợp lệ');
  await expect(error).toHaveAttribute('data-error-code', 'INVALID_INPUT');
  // What was typed is kept.
  await expect(page.getByLabel('Họ và tên chủ hộ')).toHaveValue('Hà Văn Thịnh');

  await page.getByLabel('Số điện thoại').fill('0987 654 321');
  await page
    .getByLabel('Nội dung đăng ký (không bắt buộc)')
    .fill('Gia đình đăng ký xây dựng gia đình văn hóa.');
  await page
    .getByLabel(/Tệp kèm theo/)
    .setInputFiles({ name: 'ban-dang-ky.pdf', mimeType: 'application/pdf', buffer: PDF });
  await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();

  const received = page.getByTestId('dossier-received');
  await expect(received).toContainText('Hồ sơ đã được gửi');
  const code = (await page.getByTestId('new-dossier-code').textContent()) ?? '';
  expect(code).toMatch(/^[A-Z0-9_-]+-\d{6}-[0-9A-F]{12}$/);
  await expect(page.getByTestId('dossier-state')).toContainText('Mới đăng ký');
  await expect(page.getByTestId('dossier-status')).toContainText('Xã Tân Lập');
  await expectAccessible(page);

  // Later, from the look-up form, by the code alone.
  await page.goto('/cong-khai/nop-ho-so');
  await page.getByLabel('Mã hồ sơ').fill(code.toLowerCase());
  await page.getByRole('button', { name: 'Tra cứu' }).click();
  await expect(page.getByTestId('dossier-code')).toHaveText(code);
  await expect(page.getByTestId('dossier-received')).toHaveCount(0);
  await expect(page.getByTestId('dossier-status')).not.toContainText('Hà Văn Thịnh');
});
