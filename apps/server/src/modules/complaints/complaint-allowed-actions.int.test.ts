import { eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { appUser, award } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { ApiClient, type Response } from '../../test/client';
import { seedComplaint } from '../../test/complaint-samples';
import { describeEngines } from '../../test/engines';
import { createFixtureUser } from '../../test/fixtures';
import { COMPLAINT_ACTIONS, type ComplaintAction } from './complaint-access';

// Issue 18: the case carries the actions its reader may take (allowedActions), decided as the
// routes decide. For each action, one request the route would perform if allowed, built to fail
// after the access check (a step the state does not allow, a stale version: the revocation runs
// inside the step's transaction and is rolled back), so nothing changes and the only 403 is the
// access layer's or the assignment's.
const STALE = 999;

describeEngines('complaint: allowedActions agree with the routes', (env) => {
  let caseId: string;
  let awardId: string;
  const clients: Record<string, ApiClient> = {};

  const probes: Record<ComplaintAction, (c: ApiClient, id: string) => Promise<Response>> = {
    // The case is accepted already: classifying it again is INVALID_TRANSITION once let through.
    classify: (c, id) =>
      c.post(`/api/complaints/${id}/classify`, { expectedVersion: STALE, kind: 'TO_CAO', isCompetent: true }),
    moveOn: (c, id) => c.post(`/api/complaints/${id}/verify`, { expectedVersion: STALE }),
    revokeAward: (c, id) =>
      c.post(`/api/complaints/${id}/conclude`, {
        expectedVersion: STALE,
        outcome: 'UPHELD',
        conclusion: 'Thành tích kê khai không đúng sự thật, có căn cứ thu hồi.',
        answer: 'Nội dung tố cáo đúng, danh hiệu được thu hồi.',
        revocation: { awardId, ground: 'B', revokeNow: true },
      }),
  };

  beforeAll(async () => {
    const { app, fx, database } = env();
    const db = database.db;
    awardId = newId();
    await db.insert(award).values({
      tenantId: fx.tenantA,
      id: awardId,
      subjectType: 'PERSON',
      subjectId: fx.people.own,
      awardCode: 'LDTT',
      year: 2024,
      amountVnd: 1_000_000,
    });
    const [handler] = await db
      .select({ id: appUser.id })
      .from(appUser)
      .where(eq(appUser.username, fx.users.COMPLAINT_HANDLER));
    caseId = await seedComplaint(db, fx, 'own', { state: 'ACCEPTED', handler: handler?.id ?? null });
    const other = `khieunai.khac.${fx.tenantA.slice(0, 8)}`;
    await createFixtureUser(db, fx.tenantA, {
      username: other,
      fullName: 'Cán bộ giải quyết khiếu nại khác',
      roles: ['COMPLAINT_HANDLER'],
      unitId: fx.own.id,
    });
    clients.admin = await ApiClient.login(app, fx.tenantAdmin);
    clients.assigned = await ApiClient.login(app, fx.users.COMPLAINT_HANDLER);
    clients.other = await ApiClient.login(app, other);
  });

  const roles = {
    // The administrator moves any case on and may revoke (portal:manage, decision:revoke).
    'the tenant administrator': 'admin',
    // The handler the case is assigned to: moves it on, may not revoke.
    'the assigned handler': 'assigned',
    // Another handler of the unit: sees the case, may not move it on.
    'another handler': 'other',
  };

  for (const [who, key] of Object.entries(roles)) {
    it(`${who}: each action offered is one the route lets through, and only those`, async () => {
      const client = clients[key] as ApiClient;
      const view = await client.get(`/api/complaints/${caseId}`);
      expect(view.status).toBe(200);
      const allowed = view.body.allowedActions as Record<ComplaintAction, boolean>;
      expect(Object.keys(allowed).sort()).toEqual(Object.keys(COMPLAINT_ACTIONS).sort());
      for (const action of Object.keys(probes) as ComplaintAction[]) {
        const res = await probes[action]?.(client, caseId);
        if (!res) throw new Error(`no probe for ${action}`);
        expect({ action, refused: res.status === 403 }, JSON.stringify(res.body)).toEqual({
          action,
          refused: !allowed[action],
        });
      }
    });
  }

  it('the roles differ, and nothing was changed by the probes', async () => {
    const actions = async (key: string) =>
      (await (clients[key] as ApiClient).get(`/api/complaints/${caseId}`)).body.allowedActions;
    expect(await actions('admin')).toEqual({ classify: true, moveOn: true, revokeAward: true });
    expect(await actions('assigned')).toEqual({ classify: true, moveOn: true, revokeAward: false });
    expect(await actions('other')).toEqual({ classify: true, moveOn: false, revokeAward: false });
    const after = await (clients.admin as ApiClient).get(`/api/complaints/${caseId}`);
    expect(after.body.state).toBe('ACCEPTED');
    expect(after.body.subjectAwards).toEqual([expect.objectContaining({ id: awardId, isRevoked: false })]);
  });
});
