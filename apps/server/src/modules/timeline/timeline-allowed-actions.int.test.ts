import type { Role } from '@vinhdanh/domain/auth/roles';
import { beforeAll, expect, it } from 'vitest';
import { annualRating } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { ApiClient, type Response } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { addUnit } from '../../test/fixtures';
import { TIMELINE_ACTIONS, type TimelineAction } from './timeline-access';

// Issue 18: a person's timeline carries what its reader may do (allowedActions), decided by the
// rules the record and document routes check. For each action, a request the route performs if
// allowed, built to change nothing: a second rating for a year already rated (409), a stale
// version (409), the achievement report (a download). The only 403 is the access layer's.
const STALE = 999;

describeEngines('timeline: allowedActions agree with the routes', (env) => {
  let personId: string;
  let ratingId: string;

  beforeAll(async () => {
    const { fx, database } = env();
    personId = fx.people.own;
    ratingId = newId();
    await database.db.insert(annualRating).values({
      tenantId: fx.tenantA,
      id: ratingId,
      subjectType: 'PERSON',
      subjectId: personId,
      year: 2023,
      rating: 'HTTNV',
    });
  });

  const probes: Record<TimelineAction, ((c: ApiClient) => Promise<Response>)[]> = {
    writeRecords: [
      (c) => c.post('/api/ratings', { subjectId: personId, year: 2023, rating: 'HTXSNV' }),
      (c) => c.patch(`/api/ratings/${ratingId}`, { version: STALE, rating: 'HTXSNV' }),
    ],
    generateDocuments: [(c) => c.get(`/api/people/${personId}/documents/bao-cao-thanh-tich.docx`)],
  };

  // The unit officer writes and prints; the appraiser prints only; the viewer and finance neither.
  const roles: Role[] = ['UNIT_OFFICER', 'APPRAISER', 'VIEWER', 'FINANCE'];

  for (const role of roles) {
    it(`${role}: each action offered is one the routes let through, and only those`, async () => {
      const client = await ApiClient.login(env().app, env().fx.users[role]);
      const view = await client.get(`/api/people/${personId}/timeline`);
      expect(view.status).toBe(200);
      const allowed = view.body.allowedActions as Record<TimelineAction, boolean>;
      expect(Object.keys(allowed).sort()).toEqual(Object.keys(TIMELINE_ACTIONS).sort());
      for (const action of Object.keys(probes) as TimelineAction[]) {
        for (const probe of probes[action]) {
          const res = await probe(client);
          expect(res.status, JSON.stringify(res.body)).not.toBe(500);
          expect({ action, refused: res.status === 403 }, JSON.stringify(res.body)).toEqual({
            action,
            refused: !allowed[action],
          });
        }
      }
    });
  }

  it('the roles differ, so the comparison means something', async () => {
    const actions = async (role: Role) => {
      const client = await ApiClient.login(env().app, env().fx.users[role]);
      return (await client.get(`/api/people/${personId}/timeline`)).body.allowedActions;
    };
    expect(await actions('UNIT_OFFICER')).toEqual({ writeRecords: true, generateDocuments: true });
    expect(await actions('APPRAISER')).toEqual({ writeRecords: false, generateDocuments: true });
    expect(await actions('VIEWER')).toEqual({ writeRecords: false, generateDocuments: false });
  });

  it('a unit timeline flags a predecessor’s rows by that unit’s own subject, as the record routes do', async () => {
    const { app, fx, database } = env();
    const absorbed = await addUnit(database.db, fx.tenantA, fx.other, 'Trạm y tế cũ');
    const successor = await addUnit(database.db, fx.tenantA, fx.own, 'Trạm y tế liên xã');
    const oldRating = newId();
    await database.db.insert(annualRating).values({
      tenantId: fx.tenantA,
      id: oldRating,
      subjectType: 'COLLECTIVE',
      subjectId: absorbed.id,
      year: 2021,
      rating: 'HTXSNV',
    });
    const admin = await ApiClient.login(app, fx.tenantAdmin);
    const merged = await admin.post('/api/org-units/merge', {
      absorbedIds: [absorbed.id],
      successor: { mode: 'EXISTING', id: successor.id },
      effectiveDate: '2025-07-01',
    });
    expect(merged.status, JSON.stringify(merged.body)).toBeLessThan(300);
    // The unit officer (who writes) and the appraiser (who does not): each predecessor row's flag
    // is what the rating route answers on that row.
    for (const role of ['UNIT_OFFICER', 'APPRAISER'] as const) {
      const client = await ApiClient.login(app, fx.users[role]);
      const res = await client.get(`/api/org-units/${successor.id}/timeline`);
      expect(res.status).toBe(200);
      const [predecessor] = res.body.predecessors;
      expect(predecessor.id).toBe(absorbed.id);
      const patch = await client.patch(`/api/ratings/${oldRating}`, { version: STALE, rating: 'HTTNV' });
      expect(patch.status).not.toBe(500);
      expect({ role, refused: patch.status === 403 }).toEqual({
        role,
        refused: !predecessor.allowedActions.writeRecords,
      });
      expect(predecessor.allowedActions.writeRecords).toBe(role === 'UNIT_OFFICER');
    }
  });
});
