import { beforeAll, expect, it } from 'vitest';
import { ApiClient, type Response } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { addUnit } from '../../test/fixtures';
import { CLUSTER_ACTIONS, type ClusterAction } from './cluster-access';

// Issue 18: the cluster carries the actions its reader may take (allowedActions), decided by the
// refs the routes call. For each action, one request the route would perform if allowed, built to
// fail after the access check (a stale version, no closed vote yet), so nothing changes and the
// only 403 is the access layer's.
const STALE = 999;

const probes: Record<ClusterAction, (c: ApiClient, id: string) => Promise<Response>> = {
  manage: (c, id) => c.patch(`/api/clusters/${id}`, { version: STALE }),
  proposeLeader: (c, id) => c.post(`/api/clusters/${id}/vote/proposal`, {}),
};

describeEngines('cluster: allowedActions agree with the routes', (env) => {
  let clusterId: string;
  const clients: Record<string, ApiClient> = {};

  beforeAll(async () => {
    const { app, fx, database } = env();
    // Organised by the Sở (fx.own), so its own officer submits for it but manages nothing.
    const a = await addUnit(database.db, fx.tenantA, fx.own, 'Phòng thành viên 1');
    const b = await addUnit(database.db, fx.tenantA, fx.own, 'Phòng thành viên 2');
    clients.admin = await ApiClient.login(app, fx.tenantAdmin);
    clients.officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    clients.viewer = await ApiClient.login(app, fx.users.VIEWER);
    const created = await clients.admin.post('/api/clusters', {
      year: 2025,
      name: 'Khối thi đua các phòng',
      kind: 'KHOI',
      organiserLevel: 'TINH',
      organiserUnitId: fx.own.id,
      memberUnitIds: [a.id, b.id],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    clusterId = created.body.id;
  });

  const roles = {
    // The province's administrator: manages the cluster and submits for its organiser.
    'the tenant administrator': 'admin',
    // The organiser's officer: proposes the leader for its own unit, manages no cluster.
    'the organiser unit’s officer': 'officer',
    // A reader of the organiser's unit: neither.
    'a viewer': 'viewer',
  };

  for (const [who, key] of Object.entries(roles)) {
    it(`${who}: each action offered is one the route lets through, and only those`, async () => {
      const client = clients[key] as ApiClient;
      const view = await client.get(`/api/clusters/${clusterId}`);
      expect(view.status).toBe(200);
      const allowed = view.body.allowedActions as Record<ClusterAction, boolean>;
      expect(Object.keys(allowed).sort()).toEqual(Object.keys(CLUSTER_ACTIONS).sort());
      for (const action of Object.keys(probes) as ClusterAction[]) {
        const res = await probes[action](client, clusterId);
        expect({ action, refused: res.status === 403 }, JSON.stringify(res.body)).toEqual({
          action,
          refused: !allowed[action],
        });
      }
    });
  }

  it('the roles differ, so the comparison means something', async () => {
    const actions = async (key: string) =>
      (await (clients[key] as ApiClient).get(`/api/clusters/${clusterId}`)).body.allowedActions;
    expect(await actions('admin')).toEqual({ manage: true, proposeLeader: true });
    expect(await actions('officer')).toEqual({ manage: false, proposeLeader: true });
    expect(await actions('viewer')).toEqual({ manage: false, proposeLeader: false });
  });
});
