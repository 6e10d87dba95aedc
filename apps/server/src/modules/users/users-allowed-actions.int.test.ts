import { randomUUID } from 'node:crypto';
import type { Role } from '@vinhdanh/domain/auth/roles';
import { expect, it } from 'vitest';
import { ApiClient, type Response } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { USER_ACTIONS, type UserAction } from './user-access';

// Issue 18: each account of the users list carries what its reader may do on it (allowedActions),
// decided by the refs the routes check. For each action, a request the route performs if allowed,
// built to change nothing that matters: an unknown person to link (404 after the access check),
// enabling an account already enabled, a new VNeID invitation. The only 403 is the access layer's.
const probes: Record<UserAction, (c: ApiClient, id: string) => Promise<Response>> = {
  edit: (c, id) => c.patch(`/api/users/${id}`, { personId: randomUUID() }),
  changeLifeCycle: (c, id) => c.post(`/api/users/${id}/enable`, {}),
  inviteOidc: (c, id) => c.post(`/api/users/${id}/oidc-invitation`, {}),
};

type Listed = { id: string; username: string; allowedActions: Record<UserAction, boolean> };

describeEngines('users: allowedActions agree with the routes', (env) => {
  const login = (who: string) => ApiClient.login(env().app, who);
  const list = async (c: ApiClient): Promise<Listed[]> => {
    const res = await c.get('/api/users');
    expect(res.status).toBe(200);
    return res.body.items;
  };

  // A tenant admin of the `own` subtree, the system admin there, and the admin of the whole tenant.
  const readers: Record<string, () => string> = {
    'TENANT_ADMIN of own': () => env().fx.users.TENANT_ADMIN,
    'SYSTEM_ADMIN of own': () => env().fx.users.SYSTEM_ADMIN,
    'the tenant’s admin': () => env().fx.tenantAdmin,
  };
  // The accounts probed: an ordinary officer, and the system admin (whose life cycle is the system admin's).
  const targets: Role[] = ['UNIT_OFFICER', 'SYSTEM_ADMIN'];

  for (const [who, username] of Object.entries(readers)) {
    it(`${who}: each action offered on an account is one the route lets through, and only those`, async () => {
      const client = await login(username());
      const items = await list(client);
      for (const role of targets) {
        const target = items.find((u) => u.username === env().fx.users[role]);
        expect(target, `${role} listed`).toBeDefined();
        expect(Object.keys(target!.allowedActions).sort()).toEqual(Object.keys(USER_ACTIONS).sort());
        for (const action of Object.keys(probes) as UserAction[]) {
          const res = await probes[action](client, target!.id);
          expect(res.status, JSON.stringify(res.body)).not.toBe(500);
          expect({ role, action, refused: res.status === 403 }, JSON.stringify(res.body)).toEqual({
            role,
            action,
            refused: !target!.allowedActions[action],
          });
        }
      }
    });
  }

  it('the readers differ, so the comparison means something', async () => {
    const flagsOf = async (reader: string, role: Role) =>
      (await list(await login(reader))).find((u) => u.username === env().fx.users[role])?.allowedActions;
    const { fx } = env();
    expect(await flagsOf(fx.users.TENANT_ADMIN, 'SYSTEM_ADMIN')).toEqual({
      edit: true,
      changeLifeCycle: false,
      inviteOidc: true,
    });
    expect(await flagsOf(fx.users.SYSTEM_ADMIN, 'SYSTEM_ADMIN')).toEqual({
      edit: true,
      changeLifeCycle: true,
      inviteOidc: true,
    });
    expect(await flagsOf(fx.users.TENANT_ADMIN, 'UNIT_OFFICER')).toMatchObject({ changeLifeCycle: true });
  });
});
