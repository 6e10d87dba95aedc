import fs from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { createApp } from '../../app';
import { auditEvent, award, awardVerification } from '../../db/schema/index';
import { ApiClient } from '../../test/client';
import { seedDecision } from '../../test/document-fixtures';
import { describeEngines } from '../../test/engines';
import { pdfPageCount, pdfText } from '../../test/pdf-tools';
import { testConfig } from '../../test/test-config';
import { ensureTestSeal, pdfsig, tamper } from '../../test/throwaway-ca';
import { signPdf } from './pades';
import { checkPdfSignature } from './pades-verify';
import { loadPkcs12 } from './pkcs12';

// Server signing with the tenant's seal (PAdES B-B), checked by Poppler's pdfsig and by pkijs;
// a signed decision is closed to changes; the portal shows and checks signatures.

const pdfOf = (res: { body: unknown }) => Buffer.from(res.body as ArrayBuffer);

async function portal(app: ReturnType<typeof createApp>, path: string, init?: RequestInit) {
  const res = await app.request(path, init);
  return { status: res.status, text: await res.text() };
}

function upload(app: ReturnType<typeof createApp>, pdf: Buffer, name = 'quyet-dinh.pdf') {
  const form = new FormData();
  form.append('tep', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), name);
  return portal(app, '/cong-khai/kiem-tra-chu-ky', { method: 'POST', body: form });
}

describeEngines('signing decisions and certificates (PAdES B-B)', (env) => {
  it('signs the decision and its certificates with the seal; pdfsig and pkijs find them valid, and a changed byte invalid', async () => {
    const { app, fx, database } = env();
    await ensureTestSeal(database.db, fx.tenantA);
    const seeded = await seedDecision(database.db, fx, 'own', { names: ['Nguyễn Thị Hường', 'Lê Văn An'] });
    const leader = await ApiClient.login(app, fx.users.LEADER);
    const before = await leader.get(`/api/decisions/${seeded.decisionId}/signature`);
    expect(before.body).toMatchObject({ signed: false, documents: [] });

    const res = await leader.request('POST', `/api/decisions/${seeded.decisionId}/signature`, {
      method: 'SEAL',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ signed: true, signerName: 'UBND tỉnh Sơn Hà' });
    expect(res.body.documents.map((d: { kind: string }) => d.kind).sort()).toEqual([
      'CERTIFICATES',
      'DECISION',
    ]);
    // Each stored file is verified again when the status is read (the console's "hợp lệ").
    expect(res.body.documents.map((d: { status: string }) => d.status)).toEqual(['VALID', 'VALID']);

    const decisionPdf = pdfOf(
      await leader.get(`/api/decisions/${seeded.decisionId}/documents/quyet-dinh.pdf`),
    );
    const report = pdfsig(decisionPdf);
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('Signature Type: ETSI.CAdES.detached');
    expect(report).toContain('Total document signed');
    expect(pdfText(decisionPdf)).toContain('Nguyễn Thị Hường');
    expect(await checkPdfSignature(decisionPdf)).toMatchObject({
      status: 'VALID',
      signerName: 'UBND tỉnh Sơn Hà',
    });
    // The stored signed file is served as kept: the same bytes every time.
    const again = pdfOf(await leader.get(`/api/decisions/${seeded.decisionId}/documents/quyet-dinh.pdf`));
    expect(again.equals(decisionPdf)).toBe(true);

    const certRes = await leader.get(`/api/decisions/${seeded.decisionId}/certificates.pdf?layout=full`);
    expect(certRes.headers.get('x-certificate-count')).toBe('2');
    const certificates = pdfOf(certRes);
    expect(pdfPageCount(certificates)).toBe(2);
    expect(pdfsig(certificates)).toContain('Signature Validation: Signature is Valid.');

    for (const signed of [decisionPdf, certificates]) {
      const changed = tamper(signed);
      const tamperedReport = pdfsig(changed);
      expect(tamperedReport).not.toContain('Signature is Valid');
      expect(tamperedReport).toContain('Signature Validation: Digest Mismatch.');
      expect((await checkPdfSignature(changed)).status).toBe('INVALID');
    }

    const [audit] = await database.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.tenantId, fx.tenantA), eq(auditEvent.action, 'decision.sign')));
    expect(audit?.entityId).toBe(seeded.decisionId);

    const twice = await leader.request('POST', `/api/decisions/${seeded.decisionId}/signature`, {
      method: 'SEAL',
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('DECISION_ALREADY_SIGNED');
  });

  it('refuses to change a signed decision’s awards, with a stable code and a Vietnamese message', async () => {
    const { app, fx, database } = env();
    await ensureTestSeal(database.db, fx.tenantA);
    const seeded = await seedDecision(database.db, fx, 'own', { names: ['Trần Thị Mai'] });
    const leader = await ApiClient.login(app, fx.users.LEADER);
    expect(
      (await leader.request('POST', `/api/decisions/${seeded.decisionId}/signature`, { method: 'SEAL' }))
        .status,
    ).toBe(201);
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const awardId = seeded.awardIds[0] as string;
    const [row] = await database.db
      .select({ version: award.version, subjectId: award.subjectId })
      .from(award)
      .where(and(eq(award.tenantId, fx.tenantA), eq(award.id, awardId)));
    const attempts = [
      await officer.request('PATCH', `/api/awards/${awardId}`, { version: row?.version, achievement: 'Sửa' }),
      await officer.request('DELETE', `/api/awards/${awardId}`),
      await officer.request('POST', '/api/awards', {
        subjectId: row?.subjectId,
        awardCode: 'GIAY_KHEN',
        year: 2025,
        decisionId: seeded.decisionId,
      }),
    ];
    for (const res of attempts) {
      expect(res.status, JSON.stringify(res.body)).toBe(409);
      expect(res.body.error.code).toBe('DECISION_SIGNED');
      expect(res.body.error.message).toBe(
        'Quyết định đã được ký số nên không thể sửa. Muốn thu hồi khen thưởng, hãy ban hành quyết định thu hồi.',
      );
    }
  });

  it('says what is missing when the seal is not configured, and lets only those who issue sign', async () => {
    const { fx, database } = env();
    const bare = createApp(
      { db: database.db, config: testConfig({ VINHDANH_SIGNING_PASSWORD: '' }) },
      { error: () => {} },
    );
    await ensureTestSeal(database.db, fx.tenantA);
    const seeded = await seedDecision(database.db, fx, 'own');
    const leader = await ApiClient.login(bare, fx.users.LEADER);
    const res = await leader.request('POST', `/api/decisions/${seeded.decisionId}/signature`, {
      method: 'SEAL',
    });
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('SIGNING_NOT_CONFIGURED');
    expect(res.body.error.message).toContain('VINHDANH_SIGNING_PASSWORD');
    const officer = await ApiClient.login(env().app, fx.users.UNIT_OFFICER);
    expect(
      (await officer.request('POST', `/api/decisions/${seeded.decisionId}/signature`, { method: 'SEAL' }))
        .status,
    ).toBe(403);
  });

  it('shows on the public verification page that the signature is valid, by whom and when; the upload form checks any PDF', async () => {
    const { app, fx, database } = env();
    const ca = await ensureTestSeal(database.db, fx.tenantA);
    const seeded = await seedDecision(database.db, fx, 'own', { names: ['Phạm Văn Đức'] });
    const leader = await ApiClient.login(app, fx.users.LEADER);
    const signedRes = await leader.request('POST', `/api/decisions/${seeded.decisionId}/signature`, {
      method: 'SEAL',
    });
    expect(signedRes.status).toBe(201);
    const [v] = await database.db
      .select({ code: awardVerification.code })
      .from(awardVerification)
      .where(
        and(
          eq(awardVerification.tenantId, fx.tenantA),
          eq(awardVerification.awardId, seeded.awardIds[0] as string),
        ),
      );
    const page = await portal(app, `/cong-khai/xac-minh/${v?.code}`);
    expect(page.status).toBe(200);
    const signedAt = new Date(signedRes.body.signedAt as string);
    const vn = new Date(signedAt.getTime() + 7 * 3600_000).toISOString();
    const when = `${vn.slice(11, 16)} ngày ${vn.slice(8, 10)}/${vn.slice(5, 7)}/${vn.slice(0, 4)}`;
    expect(page.text).toContain('data-testid="signature-DECISION" data-status="VALID"');
    expect(page.text).toContain(`Chữ ký số hợp lệ — ký bởi UBND tỉnh Sơn Hà lúc ${when}`);
    expect(page.text).toContain('data-testid="signature-CERTIFICATES" data-status="VALID"');

    const form = await portal(app, '/cong-khai/kiem-tra-chu-ky');
    expect(form.text).toContain('enctype="multipart/form-data"');
    const decisionPdf = pdfOf(
      await leader.get(`/api/decisions/${seeded.decisionId}/documents/quyet-dinh.pdf`),
    );
    const original = await upload(app, decisionPdf);
    expect(original.status).toBe(200);
    expect(original.text).toContain('data-verdict="ORIGINAL"');
    expect(original.text).toContain(`Quyết định số ${seeded.number}`);
    const changed = await upload(app, tamper(decisionPdf));
    expect(changed.text).toContain('data-verdict="INVALID"');
    expect(changed.text).toContain('tệp đã bị thay đổi sau khi ký');
    // The tenant's certificate on a file it never stored: its signature, not a stored original.
    const seal = await loadPkcs12(fs.readFileSync(ca.p12File), ca.password);
    const unsignedPdf = pdfOf(
      await leader.get(
        `/api/decisions/${(await seedDecision(database.db, fx, 'own')).decisionId}/documents/quyet-dinh.pdf`,
      ),
    );
    const meta = { name: 'x', reason: 'x', location: 'x', signingTime: new Date() };
    expect((await upload(app, await signPdf(unsignedPdf, meta, seal))).text).toContain(
      'data-verdict="TENANT_SIGNED"',
    );
    // Someone else's certificate from the same CA: intact, but not the tenant's.
    const other = await loadPkcs12(fs.readFileSync(ca.otherP12File), ca.password);
    const foreign = await upload(app, await signPdf(unsignedPdf, meta, other));
    expect(foreign.text).toContain('data-verdict="OTHER_SIGNER"');
    expect(foreign.text).toContain('Nguoi ky khac');
    expect((await upload(app, unsignedPdf)).text).toContain('data-verdict="UNSIGNED"');
    const notPdf = await upload(app, Buffer.from('không phải PDF'));
    expect(notPdf.status).toBe(400);
    expect(notPdf.text).toContain('Tệp tải lên không phải là tệp PDF.');
  });
});
