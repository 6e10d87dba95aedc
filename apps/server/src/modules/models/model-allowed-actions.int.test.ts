import type { Role } from '@vinhdanh/domain/auth/roles';
import { beforeAll, expect, it } from 'vitest';
import { exemplaryModel } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { ApiClient, type Response } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { MODEL_ACTIONS, type ModelAction } from './models-access';

// Issue 18: each model in the lists carries the actions its reader may take (allowedActions),
// decided as the routes decide. For each action, one request the route would perform if allowed,
// built to fail after the access checks (an adoption dated in the future), so nothing changes and
// the only 403 is the access layer's.
describeEngines('exemplary model: allowedActions agree with the routes', (env) => {
  let modelId: string;
  let ownUnit: string;
  const clients = {} as Record<Role, ApiClient>;
  // The unit officer adopts; the office's specialist and a viewer read the model but do not.
  const roles: Role[] = ['UNIT_OFFICER', 'APPRAISER', 'VIEWER'];

  const probes: Record<ModelAction, (c: ApiClient, id: string) => Promise<Response>> = {
    adopt: (c, id) =>
      c.post(`/api/models/${id}/adoptions`, {
        unitId: ownUnit,
        note: 'Áp dụng tiếp nhận một cửa tại đơn vị',
        adoptedOn: '2099-01-01',
      }),
  };

  beforeAll(async () => {
    const { app, fx, database } = env();
    ownUnit = fx.own.id;
    modelId = newId();
    // Published by another unit (the Sở Y tế): adopting it is open to any unit of the tenant.
    await database.db.insert(exemplaryModel).values({
      tenantId: fx.tenantA,
      id: modelId,
      unitId: fx.other.id,
      kind: 'PRACTICE',
      title: 'Cách làm hay: một cửa liên thông',
      story: 'Đơn vị rút ngắn thời gian giải quyết hồ sơ nhờ tiếp nhận một cửa, liên thông.',
      status: 'APPROVED',
      publishedAt: new Date(),
      createdBy: newId(),
    });
    for (const role of roles) clients[role] = await ApiClient.login(app, fx.users[role]);
  });

  const listed = async (role: Role) => {
    const res = await clients[role].get('/api/models/published');
    expect(res.status).toBe(200);
    const item = res.body.items.find((m: { id: string }) => m.id === modelId);
    return item.allowedActions as Record<ModelAction, boolean>;
  };

  for (const role of roles) {
    it(`${role}: each action offered is one the route lets through, and only those`, async () => {
      const allowed = await listed(role);
      expect(Object.keys(allowed).sort()).toEqual(Object.keys(MODEL_ACTIONS).sort());
      for (const action of Object.keys(probes) as ModelAction[]) {
        const res = await probes[action](clients[role], modelId);
        expect(res.status, JSON.stringify(res.body)).not.toBe(201);
        expect({ action, refused: res.status === 403 }, JSON.stringify(res.body)).toEqual({
          action,
          refused: !allowed[action],
        });
      }
    });
  }

  it('the roles differ, so the comparison means something', async () => {
    expect(await listed('UNIT_OFFICER')).toEqual({ adopt: true });
    expect(await listed('APPRAISER')).toEqual({ adopt: false });
    expect(await listed('VIEWER')).toEqual({ adopt: false });
  });
});
