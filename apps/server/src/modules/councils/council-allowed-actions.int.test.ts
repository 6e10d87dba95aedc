import type { Role } from '@vinhdanh/domain/auth/roles';
import { beforeAll, expect, it } from 'vitest';
import { ApiClient, type Response } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { seedSession } from '../../test/proposal-seeds';
import { COUNCIL_SESSION_ACTIONS, type CouncilSessionAction } from './council-access';

// Issue 18: the council session carries the actions its reader may take (allowedActions), decided
// by councilSessionRef as the routes decide. For each action, one request the route would perform
// if allowed, built to fail after the access check (a stale version, minutes of a session still
// open), so nothing changes and the only 403 is the access layer's.
const STALE = 999;

const probes: Record<CouncilSessionAction, (c: ApiClient, id: string) => Promise<Response>> = {
  manage: (c, id) => c.post(`/api/councils/${id}/open`, { expectedVersion: STALE }),
  downloadMinutes: (c, id) => c.get(`/api/councils/${id}/documents/bien-ban.docx`),
};

describeEngines('council session: allowedActions agree with the routes', (env) => {
  let sessionId: string;
  const clients = {} as Record<Role, ApiClient>;
  // The Sở's secretary convenes and downloads; its officer downloads only; a member does neither.
  const roles: Role[] = ['COUNCIL_SECRETARY', 'UNIT_OFFICER', 'COUNCIL_MEMBER'];

  beforeAll(async () => {
    const { app, fx, database } = env();
    // A session of the Sở's council, not yet opened (its meeting far ahead).
    const s = await seedSession(database.db, fx, 'own', fx.users.COUNCIL_MEMBER, { meetingOn: '2099-12-10' });
    sessionId = s.id;
    for (const role of roles) clients[role] = await ApiClient.login(app, fx.users[role]);
  });

  for (const role of roles) {
    it(`${role}: each action offered is one the route lets through, and only those`, async () => {
      const view = await clients[role].get(`/api/councils/${sessionId}`);
      expect(view.status).toBe(200);
      const allowed = view.body.allowedActions as Record<CouncilSessionAction, boolean>;
      expect(Object.keys(allowed).sort()).toEqual(Object.keys(COUNCIL_SESSION_ACTIONS).sort());
      for (const action of Object.keys(probes) as CouncilSessionAction[]) {
        const res = await probes[action](clients[role], sessionId);
        expect({ action, refused: res.status === 403 }, JSON.stringify(res.body)).toEqual({
          action,
          refused: !allowed[action],
        });
      }
    });
  }

  it('the roles differ, so the comparison means something', async () => {
    const actions = async (role: Role) =>
      (await clients[role].get(`/api/councils/${sessionId}`)).body.allowedActions;
    expect(await actions('COUNCIL_SECRETARY')).toEqual({ manage: true, downloadMinutes: true });
    expect(await actions('UNIT_OFFICER')).toEqual({ manage: false, downloadMinutes: true });
    expect(await actions('COUNCIL_MEMBER')).toEqual({ manage: false, downloadMinutes: false });
  });
});
