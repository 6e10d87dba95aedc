import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { issuedGiayKhenDecision } from './support/decision-setup';
import { getJson } from './support/workflow-api';

// "Ký số" in the console: the organisation's seal (the throwaway PKCS#12 scripts/e2e-server.mjs
// makes) signs an issued decision and its certificates, after a confirmation; the page then says
// who signed, when, and that each stored file verifies. Poppler's pdfsig checks the download.

/** Names the seal file in the tenant's document settings (the form has no field for it). */
async function nameSealFile(page: Page, file: string) {
  const current = await getJson<Record<string, unknown>>(page, '/api/document-settings');
  const me = await getJson<{ csrfToken: string }>(page, '/api/auth/me');
  const { placeName, parentBody, signerTitle, blankStockOffsetXMm, blankStockOffsetYMm } = current;
  const res = await page.request.put('/api/document-settings', {
    data: {
      placeName,
      parentBody,
      signerTitle,
      blankStockOffsetXMm,
      blankStockOffsetYMm,
      signingCertificateFile: file,
    },
    headers: { 'x-csrf-token': me.csrfToken },
  });
  expect(res.ok(), await res.text()).toBeTruthy();
}

function pdfsig(pdf: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-e2e-sig-'));
  const file = path.join(dir, 'signed.pdf');
  fs.writeFileSync(file, pdf);
  try {
    return execFileSync('pdfsig', [file], { encoding: 'utf8' });
  } catch (e) {
    return String((e as { stdout?: string }).stdout ?? e);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

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
