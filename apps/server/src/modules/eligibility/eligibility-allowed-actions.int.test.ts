import type { Role } from '@vinhdanh/domain/auth/roles';
import { beforeAll, expect, it } from 'vitest';
import { newId } from '../../lib/ids';
import { ApiClient } from '../../test/client';
import { describeEngines } from '../../test/engines';

// Issue 18: the eligibility panels and the "Tạo hồ sơ" button of the suggestions follow flags sent
// by the server, decided as the routes decide: readEligibility on the person and on the unit, and
// createProposal on the unit's suggestions. For each flag, the request it stands for: the reads
// themselves, and a dossier built to fail after the access check (a nominee who does not exist),
// so nothing is created and the only 403 is the access layer's.
const refused = (status: number) => status === 403;

describeEngines('eligibility: allowedActions agree with the routes', (env) => {
  const clients = {} as Record<Role, ApiClient>;
  // The unit's officer reads and proposes; a council member only reads; a viewer does neither.
  const roles: Role[] = ['UNIT_OFFICER', 'COUNCIL_MEMBER', 'VIEWER'];
  let unitId: string;
  let personId: string;

  beforeAll(async () => {
    const { app, fx } = env();
    unitId = fx.ownChild.id;
    personId = fx.people.own;
    for (const role of roles) clients[role] = await ApiClient.login(app, fx.users[role]);
  });

  const flagsOf = async (role: Role) => {
    const c = clients[role];
    const person = await c.get(`/api/people/${personId}`);
    const unit = await c.get(`/api/org-units/${unitId}`);
    expect([person.status, unit.status]).toEqual([200, 200]);
    const suggestions = await c.get(`/api/org-units/${unitId}/suggestions?year=2025`);
    return {
      person: person.body.allowedActions.readEligibility as boolean,
      unit: unit.body.allowedActions.readEligibility as boolean,
      suggestions,
    };
  };

  for (const role of roles) {
    it(`${role}: each flag is what its route lets through`, async () => {
      const c = clients[role];
      const flags = await flagsOf(role);
      const personRead = await c.get(`/api/subjects/${personId}/eligibility?year=2025`);
      const unitRead = await c.get(`/api/subjects/${unitId}/eligibility?year=2025`);
      expect(refused(personRead.status), JSON.stringify(personRead.body)).toBe(!flags.person);
      expect(refused(unitRead.status), JSON.stringify(unitRead.body)).toBe(!flags.unit);
      expect(refused(flags.suggestions.status)).toBe(!flags.unit);
      if (!flags.unit) return;
      const may = flags.suggestions.body.allowedActions as { createProposal: boolean };
      expect(Object.keys(may)).toEqual(['createProposal']);
      const create = await c.post('/api/proposals', {
        kind: 'CONG_TRANG',
        title: 'Đề nghị Lao động tiên tiến 2025',
        year: 2025,
        submittingUnitId: unitId,
        items: [{ subjectType: 'PERSON', subjectId: newId(), awardCode: 'LDTT' }],
      });
      expect(create.status, JSON.stringify(create.body)).not.toBe(201);
      expect(refused(create.status), JSON.stringify(create.body)).toBe(!may.createProposal);
    });
  }

  it('the roles differ, so the comparison means something', async () => {
    const officer = await flagsOf('UNIT_OFFICER');
    expect([officer.person, officer.unit, officer.suggestions.body.allowedActions]).toEqual([
      true,
      true,
      { createProposal: true },
    ]);
    const member = await flagsOf('COUNCIL_MEMBER');
    expect([member.person, member.unit, member.suggestions.body.allowedActions]).toEqual([
      true,
      true,
      { createProposal: false },
    ]);
    const viewer = await flagsOf('VIEWER');
    expect([viewer.person, viewer.unit, viewer.suggestions.status]).toEqual([false, false, 403]);
  });
});
