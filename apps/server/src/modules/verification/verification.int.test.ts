import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { createApp } from '../../app';
import { loadConfig } from '../../config/config';
import { award, awardVerification, collective, decision, household } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { ApiClient } from '../../test/client';
import { seedDecision } from '../../test/document-fixtures';
import { describeEngines } from '../../test/engines';
import { VERIFY_LIMIT } from './verification.routes';
import {
  ensureVerifications,
  newVerificationCode,
  verificationCodeTenant,
} from './verification-codes.repository';

describeEngines('public verification', (env) => {
  it('shows an award without login, and says so once it is revoked', async () => {
    const { app, fx, database } = env();
    const seeded = await seedDecision(database.db, fx, 'own', { names: ['Nguyễn Thị Hường'] });
    const awardId = seeded.awardIds[0] as string;
    const codes = await ensureVerifications(database.db, seeded.tenantId, [awardId]);
    const code = codes.get(awardId)?.code as string;
    // The code names its tenant, so the public check reads one shard on Citus.
    expect(code).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(verificationCodeTenant(code)).toBe(seeded.tenantId);
    const anonymous = new ApiClient(app);
    const before = await anonymous.get(`/api/public/verify/${code}`);
    expect(before.status).toBe(200);
    expect(before.body).toEqual({
      code,
      status: 'VALID',
      revokedOn: null,
      recipientName: 'Nguyễn Thị Hường',
      unitLine: 'Giáo viên, Trường THPT Số 1',
      award: 'Giấy khen',
      certificateKind: 'GIẤY KHEN',
      achievement: 'Đã có thành tích xuất sắc trong công tác giảng dạy năm học 2024 - 2025',
      year: 2025,
      decisionNumber: seeded.number,
      decisionDate: '2026-02-05',
      issuer: 'UBND tỉnh Sơn Hà',
      registryNumber: codes.get(awardId)?.registryNumber,
      tenantName: 'Tỉnh A',
    });
    expect(JSON.stringify(before.body)).not.toContain(awardId);
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const revoked = await officer.post(`/api/awards/${awardId}/revoke`, {
      version: 1,
      ground: 'A',
      revokedOn: '2026-03-01',
    });
    expect(revoked.status).toBe(200);
    const after = await anonymous.get(`/api/public/verify/${code}`);
    expect(after.body).toMatchObject({ status: 'REVOKED', revokedOn: '2026-03-01' });
  });

  it('still verifies a certificate printed before codes carried the tenant (22 characters)', async () => {
    const { app, fx, database } = env();
    const seeded = await seedDecision(database.db, fx, 'own', { names: ['Lê Văn Tám'] });
    const awardId = seeded.awardIds[0] as string;
    await ensureVerifications(database.db, seeded.tenantId, [awardId]);
    const printed = randomBytes(16).toString('base64url');
    await database.db
      .update(awardVerification)
      .set({ code: printed })
      .where(and(eq(awardVerification.tenantId, seeded.tenantId), eq(awardVerification.awardId, awardId)));
    const res = await new ApiClient(app).get(`/api/public/verify/${printed}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'VALID', recipientName: 'Lê Văn Tám', code: printed });
  });

  // The certificate names the unit, the team (under its unit) or the household (at its address),
  // as the decision's annex prints them; the last by a code printed before codes carried the tenant.
  it('names a unit, a team and a household with the line under the name', async () => {
    const { app, fx, database } = env();
    const seeded = await seedDecision(database.db, fx, 'own', { count: 1 });
    const tenantId = seeded.tenantId;
    const teamId = newId();
    const householdId = newId();
    await database.db
      .insert(collective)
      .values({ tenantId, id: teamId, unitId: fx.ownChild.id, kind: 'TEAM', name: 'Tổ Toán - Tin' });
    await database.db.insert(household).values({
      tenantId,
      id: householdId,
      unitId: fx.ownChild.id,
      headName: 'Phạm Văn Hòa',
      address: 'Thôn 3, xã Sơn Thủy',
    });
    const subjects = [
      { type: 'COLLECTIVE' as const, id: fx.ownChild.id },
      { type: 'COLLECTIVE' as const, id: teamId },
      { type: 'HOUSEHOLD' as const, id: householdId },
    ];
    const awardIds = subjects.map(() => newId());
    await database.db.insert(award).values(
      subjects.map((s, i) => ({
        tenantId,
        id: awardIds[i] as string,
        subjectType: s.type,
        subjectId: s.id,
        awardCode: 'GIAY_KHEN',
        year: 2025,
        decisionId: seeded.decisionId,
        decisionNumber: seeded.number,
        decisionDate: '2026-02-05',
      })),
    );
    const codes = await ensureVerifications(database.db, tenantId, awardIds);
    const printed = randomBytes(16).toString('base64url');
    await database.db
      .update(awardVerification)
      .set({ code: printed })
      .where(
        and(eq(awardVerification.tenantId, tenantId), eq(awardVerification.awardId, awardIds[2] as string)),
      );
    const anonymous = new ApiClient(app);
    const shown = [];
    for (const code of [
      codes.get(awardIds[0] as string)?.code,
      codes.get(awardIds[1] as string)?.code,
      printed,
    ]) {
      const res = await anonymous.get(`/api/public/verify/${code}`);
      expect(res.status).toBe(200);
      shown.push({ recipientName: res.body.recipientName, unitLine: res.body.unitLine });
    }
    expect(shown).toEqual([
      { recipientName: 'Trường THPT Số 1', unitLine: '' },
      { recipientName: 'Tổ Toán - Tin', unitLine: 'Trường THPT Số 1' },
      { recipientName: 'Hộ gia đình Phạm Văn Hòa', unitLine: 'Thôn 3, xã Sơn Thủy' },
    ]);
  });

  // A printed code outlives its award's decision being taken off: the citizen learns it is not found.
  it('answers 404 for a code whose award has no decision, or whose decision is gone', async () => {
    const { app, fx, database } = env();
    const seeded = await seedDecision(database.db, fx, 'own', { count: 2 });
    const [unlinked, orphaned] = seeded.awardIds as [string, string];
    const codes = await ensureVerifications(database.db, seeded.tenantId, seeded.awardIds);
    const anonymous = new ApiClient(app);
    const lookUp = (awardId: string) => anonymous.get(`/api/public/verify/${codes.get(awardId)?.code}`);
    expect((await lookUp(unlinked)).status).toBe(200);
    await database.db
      .update(award)
      .set({ decisionId: null })
      .where(and(eq(award.tenantId, seeded.tenantId), eq(award.id, unlinked)));
    await database.db
      .delete(decision)
      .where(and(eq(decision.tenantId, seeded.tenantId), eq(decision.id, seeded.decisionId)));
    for (const awardId of [unlinked, orphaned]) {
      const res = await lookUp(awardId);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('VERIFICATION_NOT_FOUND');
    }
  });

  it('keeps codes and registry numbers once given, numbering on without gaps', async () => {
    const { fx, database } = env();
    const seeded = await seedDecision(database.db, fx, 'own', { count: 3 });
    const first = await ensureVerifications(database.db, seeded.tenantId, seeded.awardIds.slice(0, 2));
    const all = await ensureVerifications(database.db, seeded.tenantId, seeded.awardIds);
    for (const id of seeded.awardIds.slice(0, 2)) expect(all.get(id)).toEqual(first.get(id));
    const numbers = [...all.values()].map((r) => r.registryNumber).sort((a, b) => a - b);
    expect(numbers[2]! - numbers[0]!).toBe(2);
  });

  // A forged QR code used to get "Dữ liệu không hợp lệ" (400); the citizen needs the plain answer.
  it('answers an unknown or malformed code with 404 and "Không tìm thấy giấy chứng nhận với mã này"', async () => {
    const anonymous = new ApiClient(env().app);
    for (const code of [
      newVerificationCode(env().fx.tenantA),
      randomBytes(16).toString('base64url'),
      'abc',
      'x'.repeat(150),
      '%E2%9C%93',
    ]) {
      const res = await anonymous.get(`/api/public/verify/${code}`);
      expect(res.status).toBe(404);
      expect(res.body.error.message).toBe('Không tìm thấy giấy chứng nhận với mã này.');
    }
  });

  it(`rate-limits each client to ${VERIFY_LIMIT.max} look-ups a minute`, async () => {
    const { database } = env();
    // A fresh app: its own limiter, so the other tests' look-ups do not count.
    const app = createApp({
      db: database.db,
      config: { ...loadConfig({ VINHDANH_TRUST_PROXY: '1' }), webDist: '/x' },
    });
    const lookUp = (client: string) =>
      app.request(`/api/public/verify/${newVerificationCode(env().fx.tenantA)}`, {
        headers: { 'x-forwarded-for': client },
      });
    const statuses = [];
    for (let i = 0; i <= VERIFY_LIMIT.max; i += 1) statuses.push((await lookUp('203.0.113.7')).status);
    expect(statuses.slice(0, VERIFY_LIMIT.max).every((s) => s === 404)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    expect((await lookUp('198.51.100.2')).status).toBe(404);
  });
});
