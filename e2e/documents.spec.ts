import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { postJson, signIn, unitIds } from './support/workflow-api';

/** Renders the first page of a PDF with pdftoppm and decodes its QR code with jsQR. */
function qrOfFirstPage(pdf: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-e2e-qr-'));
  try {
    fs.writeFileSync(path.join(dir, 'c.pdf'), pdf);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '100',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      path.join(dir, 'c.pdf'),
      path.join(dir, 'c'),
    ]);
    const png = PNG.sync.read(fs.readFileSync(path.join(dir, 'c.png')));
    const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    if (!found) throw new Error('no QR code on the certificate');
    return found.data;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('a certificate QR code opens the public verification page, which shows the award and later its revocation', async ({
  page,
}) => {
  await signIn(page, 'quantri');
  const units = await unitIds(page);
  const unitId = units.SGDDT ?? Object.values(units)[0];
  const person = await postJson<{ id: string }>(page, '/api/people', {
    fullName: 'Nguyễn Thị Hường',
    gender: 'NU',
    unitId,
  });
  const decision = await postJson<{ id: string; number: string }>(page, '/api/decisions', {
    number: `${Date.now() % 100000}/QĐ-UBND`,
    signedOn: '2026-02-05',
    issuer: 'UBND tỉnh Sơn Hà',
    signer: 'Trần Văn Ký',
  });
  const award = await postJson<{ id: string; version: number }>(page, '/api/awards', {
    subjectId: person.id,
    awardCode: 'GIAY_KHEN',
    year: 2025,
    decisionId: decision.id,
    achievement: 'Đã có thành tích xuất sắc trong công tác năm 2025',
  });

  const res = await page.request.get(`/api/decisions/${decision.id}/certificates.pdf?layout=full`);
  expect(res.ok()).toBeTruthy();
  const url = qrOfFirstPage(await res.body());
  expect(url).toMatch(/\/cong-khai\/xac-minh\/[A-Za-z0-9_-]{22}$/);

  // The public page needs no session.
  await page.context().clearCookies();
  await page.goto(url);
  await expect(page.getByTestId('verification')).toHaveAttribute('data-status', 'VALID');
  await expect(page.getByTestId('verification')).toContainText('Nguyễn Thị Hường');
  await expect(page.getByTestId('verification')).toContainText(decision.number);
  await expect(page.getByTestId('verification')).toContainText('05/02/2026');
  await expect(page.getByTestId('verification-status')).toContainText('hợp lệ');

  await signIn(page, 'quantri');
  await postJson(page, `/api/awards/${award.id}/revoke`, {
    version: award.version,
    ground: 'A',
    revokedOn: '2026-03-01',
  });
  await page.context().clearCookies();
  await page.goto(url);
  await expect(page.getByTestId('verification')).toHaveAttribute('data-status', 'REVOKED');
  await expect(page.getByTestId('verification-status')).toContainText('đã bị thu hồi ngày 01/03/2026');
});
