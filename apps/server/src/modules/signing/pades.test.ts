import fs from 'node:fs';
import PDFDocument from 'pdfkit';
import { afterAll, describe, expect, it } from 'vitest';
import { pdfsig, tamper, throwawayCa } from '../../test/throwaway-ca';
import { signPdf } from './pades';
import { checkPdfSignature } from './pades-verify';
import { loadPkcs12 } from './pkcs12';

// PAdES B-B with a throwaway CA: Poppler's pdfsig and our pkijs check agree on a signed file
// and on a copy with one byte changed.

function samplePdf(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', info: { Title: 'Thu nghiem', Creator: 'Vinh Danh' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.text('Quyet dinh thu nghiem');
  doc.end();
  return done;
}

describe('PAdES B-B signing (pkijs + @signpdf) checked by pdfsig', () => {
  const ca = throwawayCa('UBND tinh Son Ha');
  afterAll(() => ca.cleanup());

  it('signs a PDF that pdfsig reports valid as ETSI.CAdES.detached, and flags a one-byte change', async () => {
    const identity = await loadPkcs12(fs.readFileSync(ca.p12File), ca.password);
    const signingTime = new Date('2026-02-05T03:04:05Z');
    const signed = await signPdf(
      await samplePdf(),
      { name: 'UBND tinh Son Ha', reason: 'Ban hanh quyet dinh', location: 'Son Ha', signingTime },
      identity,
    );
    const report = pdfsig(signed);
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('Signature Type: ETSI.CAdES.detached');
    expect(report).toContain('Signer Certificate Common Name: UBND tinh Son Ha');
    expect(report).toContain('Signing Hash Algorithm: SHA-256');
    expect(report).toContain('Total document signed');
    const check = await checkPdfSignature(signed);
    expect(check).toMatchObject({
      status: 'VALID',
      signerName: 'UBND tinh Son Ha',
      subFilter: 'ETSI.CAdES.detached',
    });
    expect(check.signedAt?.toISOString()).toBe('2026-02-05T03:04:05.000Z');

    const changed = tamper(signed);
    expect(changed.equals(signed)).toBe(false);
    const tamperedReport = pdfsig(changed);
    expect(tamperedReport).not.toContain('Signature is Valid');
    expect(tamperedReport).toMatch(/Signature Validation: (Digest Mismatch|Signature is Invalid)/);
    expect((await checkPdfSignature(changed)).status).toBe('INVALID');
  });

  it('refuses a wrong password and reports an unsigned PDF as unsigned', async () => {
    await expect(loadPkcs12(fs.readFileSync(ca.p12File), 'sai-mat-khau')).rejects.toMatchObject({
      code: 'SIGNING_CERTIFICATE_INVALID',
    });
    expect((await checkPdfSignature(await samplePdf())).status).toBe('UNSIGNED');
  });
});
