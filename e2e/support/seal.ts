import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { getJson } from './workflow-api';

// The organisation's seal in the browser tests: scripts/e2e-server.mjs makes throwaway PKCS#12
// files (e2e-seal.p12 for the province, e2e-seal-bonv.p12 for the national demo tenant); a spec
// names one in the signed-in tenant's settings. Poppler's pdfsig checks what was signed.

/**
 * Names the seal file in the tenant's document settings (the form has no field for it); `file`
 * null clears it. Returns the file named before, so a spec can put it back.
 */
export async function nameSealFile(page: Page, file: string | null): Promise<string | null> {
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
  return (current.signingCertificateFile as string | null | undefined) ?? null;
}

export function pdfsig(pdf: Buffer): string {
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
