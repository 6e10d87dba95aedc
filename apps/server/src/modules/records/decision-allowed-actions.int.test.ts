import type { Role } from '@vinhdanh/domain/auth/roles';
import { beforeAll, expect, it } from 'vitest';
import { ApiClient, type Response } from '../../test/client';
import { seedDecision } from '../../test/document-fixtures';
import { describeEngines } from '../../test/engines';
import { DECISION_ACTIONS, type DecisionAction } from './decision-access';

// Issue 18: the decision's view carries the actions its reader may take (allowedActions), decided
// by decisionRef as the documents' and signing routes decide. For each action, one request the
// route would perform if allowed: a read, and a signature refused after the access check (the
// tenant has no seal here: SIGNING_NOT_CONFIGURED), so nothing changes and the only 403 is the
// access layer's.
const probes: Record<DecisionAction, (c: ApiClient, id: string) => Promise<Response>> = {
  generateDocuments: (c, id) => c.get(`/api/decisions/${id}/signature`),
  sign: (c, id) => c.post(`/api/decisions/${id}/signature`, { method: 'SEAL' }),
};

describeEngines('decision: allowedActions agree with the routes', (env) => {
  let decisionId: string;
  const clients = {} as Record<Role, ApiClient>;
  // The leader signs and prints; the unit's officer prints only; a council member does neither.
  const roles: Role[] = ['LEADER', 'UNIT_OFFICER', 'COUNCIL_MEMBER'];

  beforeAll(async () => {
    const { app, fx, database } = env();
    decisionId = (await seedDecision(database.db, fx, 'own')).decisionId;
    for (const role of roles) clients[role] = await ApiClient.login(app, fx.users[role]);
  });

  for (const role of roles) {
    it(`${role}: each action offered is one the route lets through, and only those`, async () => {
      const view = await clients[role].get(`/api/decisions/${decisionId}`);
      expect(view.status).toBe(200);
      const allowed = view.body.allowedActions as Record<DecisionAction, boolean>;
      expect(Object.keys(allowed).sort()).toEqual(Object.keys(DECISION_ACTIONS).sort());
      for (const action of Object.keys(probes) as DecisionAction[]) {
        const res = await probes[action](clients[role], decisionId);
        expect(res.status, 'nothing is signed').not.toBe(201);
        expect({ action, refused: res.status === 403 }, JSON.stringify(res.body)).toEqual({
          action,
          refused: !allowed[action],
        });
      }
    });
  }

  it('the roles differ, so the comparison means something', async () => {
    const actions = async (role: Role) =>
      (await clients[role].get(`/api/decisions/${decisionId}`)).body.allowedActions;
    expect(await actions('LEADER')).toEqual({ generateDocuments: true, sign: true });
    expect(await actions('UNIT_OFFICER')).toEqual({ generateDocuments: true, sign: false });
    expect(await actions('COUNCIL_MEMBER')).toEqual({ generateDocuments: false, sign: false });
  });
});
