import { createUserRecord } from '../modules/tenants/tenant-setup';
import type { Fixture, Unit } from './fixtures';
import type { SampleSpec, Scope } from './route-samples';

// What the matrix's samples share: the target of a scope, unique names, an action on a fresh account.
export function target(fx: Fixture, scope: Scope): { tenantId: string; unit: Unit; person: string } {
  if (scope === 'own') return { tenantId: fx.tenantA, unit: fx.ownChild, person: fx.people.own };
  if (scope === 'otherUnit') return { tenantId: fx.tenantA, unit: fx.other, person: fx.people.other };
  return { tenantId: fx.tenantB, unit: fx.unitB, person: fx.people.tenantB };
}

let n = 0;
export const unique = () => {
  n += 1;
  return `${Date.now().toString(36)}${n}`;
};

/** An administrator's action on a fresh account in the target unit. */
export const userAction = (action: string, body: unknown = {}): SampleSpec => ({
  kind: 'scoped',
  build: async ({ db, fx, scope }) => {
    const t = target(fx, scope);
    const id = await createUserRecord(db, t.tenantId, {
      username: `u${unique()}`,
      fullName: 'Người dùng mẫu',
      password: 'mot-mat-khau-dai',
      roles: ['VIEWER'],
      unitId: t.unit.id,
    });
    return { path: `/api/users/${id}/${action}`, body };
  },
});
