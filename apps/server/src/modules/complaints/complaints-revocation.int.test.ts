import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { createApp } from '../../app';
import { loadConfig } from '../../config/config';
import { auditEvent, award, awardRevocation } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { ApiClient } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { createFixtureUser } from '../../test/fixtures';

// A conclusion that finds an award must be revoked: it names one of the subject's awards and the
// ground (Law 2022, Điều 93, khoản 2). A concluder who may revoke starts the per-award revocation
// in the same step; a handler without that power records it for the leader, and nothing is revoked.

type App = ReturnType<typeof createApp>;

describeEngines('a complaint conclusion that revokes an award', (env) => {
  let app: App;
  let handler: ApiClient;
  let leaderHandler: ApiClient;
  let ldtt: string;
  let cstdcs: string;
  let othersAward: string;

  async function acceptedCase(by: ApiClient) {
    const { fx } = env();
    const filed = await by.post('/api/complaints', {
      filedAs: 'TO_CAO',
      subjectId: fx.people.own,
      subjectName: 'Nguyễn Văn Đức',
      content: 'Đơn tố cáo nhận trực tiếp: thành tích kê khai để được khen thưởng không đúng sự thật.',
      fullName: 'Người Tố Cáo Trực Tiếp',
      contact: '0900000000',
    });
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    const id = filed.body.id as string;
    expect(
      (
        await by.post(`/api/complaints/${id}/classify`, {
          expectedVersion: 1,
          kind: 'TO_CAO',
          isCompetent: true,
        })
      ).status,
    ).toBe(200);
    expect((await by.post(`/api/complaints/${id}/accept`, { expectedVersion: 2 })).status).toBe(200);
    return { id, trackingCode: filed.body.trackingCode as string };
  }

  const conclusion = (revocation: unknown, outcome = 'UPHELD') => ({
    expectedVersion: 3,
    outcome,
    conclusion: 'Thành tích kê khai không đúng sự thật, có căn cứ thu hồi danh hiệu.',
    answer: 'Nội dung tố cáo đúng. Danh hiệu được thu hồi theo quy định.',
    revocation,
  });

  beforeAll(async () => {
    const { database, fx } = env();
    app = createApp({ db: database.db, config: { ...loadConfig({}), webDist: '/x' } }, { error: () => {} });
    const db = database.db;
    const row = (subjectId: string, awardCode: string, year: number) => ({
      tenantId: fx.tenantA,
      id: newId(),
      subjectType: 'PERSON' as const,
      subjectId,
      awardCode,
      year,
      amountVnd: 1_000_000,
    });
    const rows = [
      row(fx.people.own, 'LDTT', 2023),
      row(fx.people.own, 'CSTDCS', 2024),
      row(fx.people.other, 'LDTT', 2023),
    ];
    await db.insert(award).values(rows);
    [ldtt, cstdcs, othersAward] = rows.map((r) => r.id) as [string, string, string];
    handler = await ApiClient.login(app, fx.users.COMPLAINT_HANDLER);
    // A leader who also handles complaints (a small province's office): may conclude and revoke.
    const username = `lanhdao.khieunai.${fx.tenantA.slice(0, 8)}`;
    await createFixtureUser(db, fx.tenantA, {
      username,
      fullName: 'Lãnh đạo kiêm giải quyết khiếu nại',
      roles: ['COMPLAINT_HANDLER', 'LEADER'],
      unitId: fx.own.id,
    });
    leaderHandler = await ApiClient.login(app, username);
  });

  it('a handler without the power to revoke records the award and its ground; nothing is revoked', async () => {
    const { database } = env();
    const { id } = await acceptedCase(handler);
    const detail = await handler.get(`/api/complaints/${id}`);
    expect(detail.body.subjectAwards.map((a: { id: string }) => a.id).sort()).toEqual([ldtt, cstdcs].sort());

    const notTheirs = await handler.post(
      `/api/complaints/${id}/conclude`,
      conclusion({ awardId: othersAward, ground: 'B' }),
    );
    expect(notTheirs.status).toBe(422);
    expect(notTheirs.body.error.code).toBe('COMPLAINT_AWARD_NOT_OF_SUBJECT');
    const rejected = await handler.post(
      `/api/complaints/${id}/conclude`,
      conclusion({ awardId: ldtt, ground: 'B' }, 'REJECTED'),
    );
    expect(rejected.status).toBe(400);
    const refused = await handler.post(
      `/api/complaints/${id}/conclude`,
      conclusion({ awardId: ldtt, ground: 'B', revokeNow: true }),
    );
    expect(refused.status).toBe(403);
    expect((await handler.get(`/api/complaints/${id}`)).body.state).toBe('ACCEPTED');

    const recorded = await handler.post(
      `/api/complaints/${id}/conclude`,
      conclusion({ awardId: ldtt, ground: 'B' }),
    );
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(200);
    expect(recorded.body).toMatchObject({
      state: 'CONCLUDED',
      revocation: { awardId: ldtt, ground: 'B', revokedOn: null },
    });
    const [a] = await database.db.select().from(award).where(eq(award.id, ldtt));
    expect(a?.isRevoked).toBe(false);
  });

  it('a concluder who may revoke starts the per-award revocation with the ground, citing the case', async () => {
    const { database, fx } = env();
    const { id, trackingCode } = await acceptedCase(leaderHandler);
    const done = await leaderHandler.post(
      `/api/complaints/${id}/conclude`,
      conclusion({ awardId: cstdcs, ground: 'B', revokeNow: true, recoverMoney: true }),
    );
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.revocation).toMatchObject({
      awardId: cstdcs,
      ground: 'B',
      revokedOn: done.body.concludedOn,
    });
    const [a] = await database.db.select().from(award).where(eq(award.id, cstdcs));
    expect(a).toMatchObject({ isRevoked: true, revocationGround: 'B', revokedOn: done.body.concludedOn });
    const [r] = await database.db
      .select()
      .from(awardRevocation)
      .where(and(eq(awardRevocation.tenantId, fx.tenantA), eq(awardRevocation.awardId, cstdcs)));
    expect(r).toMatchObject({ ground: 'B', recoverCertificate: true, recoverAmountVnd: 1_000_000 });
    expect(r?.reason).toContain(trackingCode);
    const audits = await database.db.select().from(auditEvent).where(eq(auditEvent.entityId, cstdcs));
    expect(audits.find((e) => e.action === 'award.revoke')?.after).toMatchObject({
      complaintId: id,
      trackingCode,
    });
    // The detail shows the award revoked; a second revocation of it is refused.
    const detail = await leaderHandler.get(`/api/complaints/${id}`);
    expect(detail.body.subjectAwards.find((x: { id: string }) => x.id === cstdcs).isRevoked).toBe(true);
    const again = await acceptedCase(leaderHandler);
    const twice = await leaderHandler.post(
      `/api/complaints/${again.id}/conclude`,
      conclusion({ awardId: cstdcs, ground: 'B', revokeNow: true }),
    );
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('AWARD_ALREADY_REVOKED');
  });
});
