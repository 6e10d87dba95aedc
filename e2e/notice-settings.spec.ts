import { expect, test } from '@playwright/test';
import { login, logout } from './support/login';

// "Thư thông báo": a user sets the address their notices go to and turns one kind off, from the
// header link; a wrong address is refused on its field; after a reload the page shows what was
// saved.

test('thư thông báo: chuyên viên thẩm định đặt địa chỉ thư, tắt một loại thông báo, tải lại vẫn giữ', async ({
  page,
}) => {
  await login(page, 'thamdinh');
  await page.getByTestId('header-notice-settings').click();
  await expect(page).toHaveURL(/\/thu-thong-bao$/);
  await expect(page.getByTestId('page-title')).toHaveText('Thư thông báo');

  const email = page.getByTestId('notice-email');
  const submitted = page.getByRole('switch', { name: 'Có hồ sơ đề nghị mới trình đến đơn vị tôi thẩm định' });
  const reminder = page.getByRole('switch', { name: 'Nhắc việc sắp đến hạn' });
  await expect(submitted).toBeChecked();
  // The demo account's own address (under sonha.example), put back at the end for the other specs.
  const original = await email.inputValue();
  await expect(page.getByText('Gửi trước hạn xử lý 2 ngày làm việc, một lần cho mỗi hạn.')).toBeVisible();

  // A malformed address: the server's message under the field, nothing saved.
  await email.fill('thamdinh@sonha');
  await page.getByTestId('notice-settings-submit').click();
  await expect(
    page.getByText('Địa chỉ thư điện tử không hợp lệ, ví dụ đúng: nguyenvana@sonha.gov.vn.'),
  ).toBeVisible();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('notice-settings-saved')).toHaveCount(0);

  await email.fill('thamdinh.sonha@sonha.gov.vn');
  await submitted.uncheck();
  await page.getByTestId('notice-settings-submit').click();
  await expect(page.getByTestId('notice-settings-saved')).toHaveText('Đã lưu thiết lập thư thông báo.');

  await page.reload();
  await expect(page.getByTestId('page-title')).toHaveText('Thư thông báo');
  await expect(email).toHaveValue('thamdinh.sonha@sonha.gov.vn');
  await expect(submitted).not.toBeChecked();
  await expect(reminder).toBeChecked();

  // An empty address is allowed: the page says no e-mail will come at all.
  await email.fill('');
  await expect(page.getByTestId('notice-no-email')).toBeVisible();

  // Put back as the demo had it, so the account keeps receiving everything in the other specs.
  await email.fill(original);
  await submitted.check();
  await page.getByTestId('notice-settings-submit').click();
  await expect(page.getByTestId('notice-settings-saved')).toBeVisible();
  await logout(page);
});
