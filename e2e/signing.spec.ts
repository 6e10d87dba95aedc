import { expect, test } from '@playwright/test';
import { issuedGiayKhenDecision } from './support/decision-setup';
import { nameSealFile, pdfsig } from './support/seal';

// "Ký số" in the console: the organisation's seal (the throwaway PKCS#12 scripts/e2e-server.mjs
// makes) signs an issued decision and its certificates, after a confirmation; the page then says
// who signed, when, and that each stored file verifies. Poppler's pdfsig checks the download.

test('quản trị ký số quyết định và giấy khen bằng chứng thư số của cơ quan, rồi thấy ai ký, lúc nào, hợp lệ', async ({
  page,
}) => {
  const decision = await issuedGiayKhenDecision(page, ['Đoàn Thị Ký', 'Vũ Văn Số']);
  await page.goto(`/ho-so-de-nghi/${decision.proposalId}`);
  const panel = page.getByTestId('decision-signature');
  await expect(panel).toHaveAttribute('data-signed', 'false');

  // Without a seal named in the settings: the Vietnamese message with its stable code.
  await panel.getByTestId('sign-decision').click();
  await expect(page.getByRole('dialog')).toContainText('không thể sửa');
  await page.getByTestId('sign-decision-confirm').click();
  await expect(panel.getByTestId('signature-failure')).toHaveAttribute('data-code', 'SIGNING_NOT_CONFIGURED');
  await expect(panel.getByTestId('sign-error')).toContainText('Chưa cấu hình chứng thư số của cơ quan');
  await expect(panel).toHaveAttribute('data-signed', 'false');

  await nameSealFile(page, 'e2e-seal.p12');
  await page.reload();
  // Cancelling the confirmation signs nothing.
  await panel.getByTestId('sign-decision').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Hủy' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(panel).toHaveAttribute('data-signed', 'false');

  await panel.getByTestId('sign-decision').click();
  await page.getByTestId('sign-decision-confirm').click();
  await expect(panel).toHaveAttribute('data-signed', 'true', { timeout: 30_000 });
  const status = panel.getByTestId('signature-status');
  await expect(status).toContainText(/Ký bởi UBND tỉnh Sơn Hà lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
  await expect(status.getByTestId('signed-DECISION')).toHaveAttribute('data-status', 'VALID');
  await expect(status.getByTestId('signed-CERTIFICATES')).toHaveAttribute('data-status', 'VALID');
  await expect(status.getByTestId('signed-DECISION')).toContainText('Chữ ký số hợp lệ');
  await expect(panel.getByTestId('sign-decision')).toHaveCount(0);

  // Still signed after a reload, and the file the page links is the one pdfsig finds valid.
  await page.reload();
  await expect(panel).toHaveAttribute('data-signed', 'true');
  const res = await page.request.get(`/api/decisions/${decision.id}/documents/quyet-dinh.pdf`);
  const report = pdfsig(await res.body());
  expect(report).toContain('Signature Validation: Signature is Valid.');
  expect(report).toContain('Signature Type: ETSI.CAdES.detached');
});
