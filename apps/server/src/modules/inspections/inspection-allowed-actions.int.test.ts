import { beforeAll, expect, it } from 'vitest';
import { newId } from '../../lib/ids';
import { ApiClient, type Response } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { createFixtureUser } from '../../test/fixtures';
import { seedInspectionPlan } from '../../test/inspection-samples';
import { INSPECTION_PLAN_ACTIONS, type InspectionPlanAction } from './inspections-access';

// Issue 18: the inspection plan carries the actions its reader may take (allowedActions), decided
// through planRef as the routes decide. For each action, one request the route would perform if
// allowed, built to fail after the access check (a unit the plan does not inspect), so nothing
// changes and the only 403 is the access layer's.
describeEngines('inspection plan: allowedActions agree with the routes', (env) => {
  let planId: string;
  let outsideUnit: string;
  const clients: Record<string, ApiClient> = {};

  const finding = (extra: object) => ({
    unitId: outsideUnit,
    content: 'Hồ sơ khen thưởng năm 2025 kê khai sai số liệu.',
    recommendation: 'Thu hồi danh hiệu đã tặng',
    followUpDueOn: '2026-12-31',
    ...extra,
  });
  const probes: Record<InspectionPlanAction, (c: ApiClient, id: string) => Promise<Response>> = {
    recordFinding: (c, id) => c.post(`/api/inspection-plans/${id}/findings`, finding({})),
    revokeNow: (c, id) =>
      c.post(
        `/api/inspection-plans/${id}/findings`,
        finding({ action: 'REVOCATION', awardId: newId(), ground: 'B', revokeNow: true }),
      ),
  };

  beforeAll(async () => {
    const { app, fx, database } = env();
    planId = (await seedInspectionPlan(database.db, fx, 'own')).planId;
    outsideUnit = fx.other.id;
    const username = `kiemtra.lanhdao.${newId().slice(-8)}`;
    await createFixtureUser(database.db, fx.tenantA, {
      username,
      fullName: 'Lãnh đạo kiêm kiểm tra',
      roles: ['INSPECTOR', 'LEADER'],
      unitId: fx.own.id,
    });
    // The Sở's inspector records but may not revoke; a leader who also inspects does both, as the
    // tenant's administrator (scoped to the root) does.
    clients.inspector = await ApiClient.login(app, fx.users.INSPECTOR);
    clients.inspectingLeader = await ApiClient.login(app, username);
    clients.tenantAdmin = await ApiClient.login(app, fx.tenantAdmin);
  });

  for (const actor of ['inspector', 'inspectingLeader', 'tenantAdmin']) {
    it(`${actor}: each action offered is one the route lets through, and only those`, async () => {
      const view = await clients[actor]!.get(`/api/inspection-plans/${planId}`);
      expect(view.status).toBe(200);
      const allowed = view.body.allowedActions as Record<InspectionPlanAction, boolean>;
      expect(Object.keys(allowed).sort()).toEqual(Object.keys(INSPECTION_PLAN_ACTIONS).sort());
      for (const action of Object.keys(probes) as InspectionPlanAction[]) {
        const res = await probes[action](clients[actor]!, planId);
        expect(res.status, JSON.stringify(res.body)).not.toBe(201);
        expect({ action, refused: res.status === 403 }, JSON.stringify(res.body)).toEqual({
          action,
          refused: !allowed[action],
        });
      }
    });
  }

  it('the actors differ, so the comparison means something', async () => {
    const actions = async (actor: string) =>
      (await clients[actor]!.get(`/api/inspection-plans/${planId}`)).body.allowedActions;
    expect(await actions('inspector')).toEqual({ recordFinding: true, revokeNow: false });
    expect(await actions('inspectingLeader')).toEqual({ recordFinding: true, revokeNow: true });
    expect(await actions('tenantAdmin')).toEqual({ recordFinding: true, revokeNow: true });
  });
});
