import { describe, expect, it } from 'vitest';
import { decide, isTenantWide, permissionsOf, tenantRootPath } from './policy';

const officer = { userId: 'u1', tenantId: 't1', roles: ['UNIT_OFFICER'] as const, scopePath: '/root/so-gd/' };

describe('decide', () => {
  it('lets an officer edit people in their own subtree', () => {
    expect(decide(officer, 'person:update', { tenantId: 't1', unitPath: '/root/so-gd/truong-a/' })).toEqual({
      allowed: true,
    });
  });
  it('refuses a sibling unit of the same tenant', () => {
    expect(decide(officer, 'person:update', { tenantId: 't1', unitPath: '/root/so-yt/' })).toEqual({
      allowed: false,
      reason: 'OUT_OF_SCOPE',
    });
  });
  it('refuses another tenant even with the same path', () => {
    expect(decide(officer, 'person:read', { tenantId: 't2', unitPath: '/root/so-gd/' }).allowed).toBe(false);
  });
  it('refuses a permission the role lacks', () => {
    expect(decide(officer, 'orgUnit:restructure')).toEqual({ allowed: false, reason: 'NO_PERMISSION' });
  });
  it('does not let a viewer see sensitive data', () => {
    expect(permissionsOf({ roles: ['VIEWER'] })).not.toContain('person:readSensitive');
  });
});

describe('tenantRootPath', () => {
  it('is the first segment of the scope, so only root-scoped actors cover it', () => {
    expect(tenantRootPath({ scopePath: '/root/so-gd/' })).toBe('/root/');
    expect(
      decide({ ...officer, roles: ['TENANT_ADMIN'] }, 'audit:read', { tenantId: 't1', unitPath: '/root/' })
        .allowed,
    ).toBe(false);
  });
  it('tells a root-scoped actor (who may see tenant-wide things such as the fund) from a unit-scoped one', () => {
    expect(isTenantWide({ scopePath: '/root/' })).toBe(true);
    expect(isTenantWide({ scopePath: '/root/so-gd/' })).toBe(false);
  });
});
