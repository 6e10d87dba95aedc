import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { createApp } from '../../app';
import { award, awardRevocation, decision } from '../../db/schema/index';
import { ApiClient } from '../../test/client';
import { seedDecision } from '../../test/document-fixtures';
import { describeEngines } from '../../test/engines';
import { pdfText } from '../../test/pdf-tools';
import { testConfig } from '../../test/test-config';
import { ensureTestSeal, pdfsig, tamper } from '../../test/throwaway-ca';
import { checkPdfSignature } from './pades-verify';

// Revoking an award of a signed decision issues a revocation decision: its own number from the
// register, signed with the seal (pdfsig and pkijs agree), recording the per-award revocation.

const pdfOf = (res: { body: unknown }) => Buffer.from(res.body as ArrayBuffer);

const revocation = (awardId: string | undefined, reason = 'Phát hiện kê khai gian dối thành tích') => ({
  awardId,
  ground: 'a',
  revokedOn: '2026-03-02',
  reason,
  recoverCertificate: true,
  recoverMoney: true,
});

describeEngines('revocation decisions of signed decisions', (env) => {
  it('issues a numbered revocation decision signed with the seal, which records the award’s revocation', async () => {
    const { app, fx, database } = env();
    await ensureTestSeal(database.db, fx.tenantA);
    const seeded = await seedDecision(database.db, fx, 'own', { names: ['Đinh Thị Thu Hồi', 'Mai Văn Giữ'] });
    const [first, second] = seeded.awardIds;
    const leader = await ApiClient.login(app, fx.users.LEADER);
    const signed = await leader.post(`/api/decisions/${seeded.decisionId}/signature`, { method: 'SEAL' });
    expect(signed.status).toBe(201);

    // The signed decision cannot be changed: the plain revocation is refused with its code.
    const plain = await leader.post(`/api/decisions/${seeded.decisionId}/revocations`, revocation(first));
    expect(plain.status).toBe(409);
    expect(plain.body.error.code).toBe('REVOCATION_DECISION_REQUIRED');

    const res = await leader.post(
      `/api/decisions/${seeded.decisionId}/revocation-decisions`,
      revocation(first),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const issued = res.body.decision as { id: string; number: string; revokesDecisionId: string };
    expect(issued.number).toMatch(/^\d+\/QĐ-UBND$/);
    expect(issued.number).not.toBe(seeded.number);
    expect(issued.revokesDecisionId).toBe(seeded.decisionId);
    expect(res.body.signature).toMatchObject({ signed: true, signerName: 'UBND tỉnh Sơn Hà' });
    expect(res.body.signature.documents).toMatchObject([
      { kind: 'DECISION', method: 'SEAL', status: 'VALID' },
    ]);

    // The revocation decision's PDF: its number, the award, the revoked decision; pdfsig finds it valid.
    const pdf = pdfOf(await leader.get(`/api/decisions/${issued.id}/documents/quyet-dinh.pdf`));
    const report = pdfsig(pdf);
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('Signature Type: ETSI.CAdES.detached');
    expect(await checkPdfSignature(pdf)).toMatchObject({ status: 'VALID', signerName: 'UBND tỉnh Sơn Hà' });
    expect(pdfsig(tamper(pdf))).toContain('Signature Validation: Digest Mismatch.');
    const words = pdfText(pdf).replace(/\s+/g, ' ');
    expect(words).toContain('Về việc thu hồi');
    expect(words).toContain('Đinh Thị Thu Hồi');
    expect(words).toContain(`Quyết định số ${seeded.number.padStart(2, '0')}`);
    expect(words).toContain('điểm a khoản 2 Điều 93');

    // The per-award revocation is recorded and names the revocation decision; the other award stays.
    const [row] = await database.db
      .select()
      .from(awardRevocation)
      .where(and(eq(awardRevocation.tenantId, fx.tenantA), eq(awardRevocation.awardId, first as string)));
    expect(row).toMatchObject({
      decisionId: seeded.decisionId,
      revocationDecisionId: issued.id,
      ground: 'A',
    });
    const awards = await database.db
      .select({ id: award.id, isRevoked: award.isRevoked })
      .from(award)
      .where(and(eq(award.tenantId, fx.tenantA), eq(award.decisionId, seeded.decisionId)));
    expect(Object.fromEntries(awards.map((a) => [a.id, a.isRevoked]))).toEqual({
      [first as string]: true,
      [second as string]: false,
    });
    const [stored] = await database.db
      .select({ revokes: decision.revokesDecisionId, issuerUnitId: decision.issuerUnitId })
      .from(decision)
      .where(and(eq(decision.tenantId, fx.tenantA), eq(decision.id, issued.id)));
    expect(stored).toEqual({ revokes: seeded.decisionId, issuerUnitId: fx.ownChild.id });

    // Twice for the same award: refused. The other award: the register's next number.
    const twice = await leader.post(
      `/api/decisions/${seeded.decisionId}/revocation-decisions`,
      revocation(first),
    );
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('AWARD_ALREADY_REVOKED');
    const next = await leader.post(
      `/api/decisions/${seeded.decisionId}/revocation-decisions`,
      revocation(second),
    );
    expect(next.status).toBe(201);
    const seq = (n: string) => Number(n.split('/')[0]);
    expect(seq(next.body.decision.number)).toBe(seq(issued.number) + 1);

    // A revocation decision is signed, so it is closed to changes like any signed decision.
    const again = await leader.post(`/api/decisions/${issued.id}/signature`, { method: 'SEAL' });
    expect(again.body.error.code).toBe('DECISION_ALREADY_SIGNED');
  });

  it('refuses an unsigned decision, an award of another decision, and a missing seal without revoking anything', async () => {
    const { app, fx, database } = env();
    await ensureTestSeal(database.db, fx.tenantA);
    const unsigned = await seedDecision(database.db, fx, 'own');
    const leader = await ApiClient.login(app, fx.users.LEADER);
    const notSigned = await leader.post(
      `/api/decisions/${unsigned.decisionId}/revocation-decisions`,
      revocation(unsigned.awardIds[0]),
    );
    expect(notSigned.status).toBe(409);
    expect(notSigned.body.error.code).toBe('DECISION_NOT_SIGNED');

    const signedOne = await seedDecision(database.db, fx, 'own');
    expect(
      (await leader.post(`/api/decisions/${signedOne.decisionId}/signature`, { method: 'SEAL' })).status,
    ).toBe(201);
    const foreign = await leader.post(
      `/api/decisions/${signedOne.decisionId}/revocation-decisions`,
      revocation(unsigned.awardIds[0]),
    );
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.code).toBe('AWARD_NOT_IN_DECISION');

    const bare = createApp(
      { db: database.db, config: testConfig({ VINHDANH_SIGNING_PASSWORD: '' }) },
      { error: () => {} },
    );
    const noSeal = await (await ApiClient.login(bare, fx.users.LEADER)).post(
      `/api/decisions/${signedOne.decisionId}/revocation-decisions`,
      revocation(signedOne.awardIds[0]),
    );
    expect(noSeal.status).toBe(503);
    expect(noSeal.body.error.code).toBe('SIGNING_NOT_CONFIGURED');
    const [still] = await database.db
      .select({ isRevoked: award.isRevoked })
      .from(award)
      .where(and(eq(award.tenantId, fx.tenantA), eq(award.id, signedOne.awardIds[0] as string)));
    expect(still?.isRevoked).toBe(false);

    // Only those who may revoke: a unit officer may not.
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const denied = await officer.post(
      `/api/decisions/${signedOne.decisionId}/revocation-decisions`,
      revocation(signedOne.awardIds[0]),
    );
    expect(denied.status).toBe(403);
  });
});
