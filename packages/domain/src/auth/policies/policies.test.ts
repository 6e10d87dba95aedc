import { describe, expect, it } from 'vitest';
import type { Actor } from '../policy';
import { clusterLeaderProposalPolicy, clusterPolicy, scoreSheetPolicy } from './cluster';
import { fundPolicy } from './fund';
import { incomingDossierPolicy } from './incoming-dossier';
import { modelOfficePolicy, modelPolicy } from './model';
import { movementPolicy } from './movement';
import { unitPolicy } from './org-unit';
import { proposalPolicy } from './proposal';
import { decideReadFromAbove, decideTenantWide } from './unit-tree';
import { mayGrantRoles, newUserPolicy, userPolicy } from './user';

const district: Actor = { userId: 'u1', tenantId: 't1', roles: ['UNIT_OFFICER'], scopePath: '/p/d1/' };
const province: Actor = {
  userId: 'u2',
  tenantId: 't1',
  roles: ['APPRAISER', 'TENANT_ADMIN'],
  scopePath: '/p/',
};
const finance: Actor = { userId: 'u3', tenantId: 't1', roles: ['FINANCE'], scopePath: '/p/' };
const districtFinance: Actor = { ...finance, scopePath: '/p/d1/' };

describe('read from above', () => {
  it('reads what the own subtree or a unit above it launched, not a sibling', () => {
    const at = (unitPath: string) =>
      decideReadFromAbove(district, 'movement:read', { tenantId: 't1', unitPath });
    expect(at('/p/d1/w1/').allowed).toBe(true);
    expect(at('/p/').allowed).toBe(true);
    expect(at('/p/d2/')).toEqual({ allowed: false, reason: 'OUT_OF_SCOPE' });
  });
  it('never crosses tenants, and still needs the permission', () => {
    expect(decideReadFromAbove(district, 'movement:read', { tenantId: 't2', unitPath: '/p/' }).allowed).toBe(
      false,
    );
    expect(decideReadFromAbove(district, 'fund:read', { tenantId: 't1', unitPath: '/p/' })).toEqual({
      allowed: false,
      reason: 'NO_PERMISSION',
    });
  });
});

describe('movement and cluster', () => {
  const provincial = { tenantId: 't1', ownerPath: '/p/', organiserPath: '/p/' };
  it('are read from below but managed only from the launching subtree', () => {
    expect(movementPolicy(district, 'movement:read', provincial).allowed).toBe(true);
    expect(movementPolicy(district, 'movement:manage', provincial).allowed).toBe(false);
    expect(clusterPolicy(district, 'cluster:read', provincial).allowed).toBe(true);
    expect(clusterPolicy(district, 'cluster:manage', provincial).allowed).toBe(false);
    expect(movementPolicy(province, 'movement:manage', { tenantId: 't1', ownerPath: '/p/d1/' }).allowed).toBe(
      true,
    );
  });
  it("propose the vote's winner from the organiser's subtree, not from a member below", () => {
    expect(clusterLeaderProposalPolicy(district, 'proposal:submit', provincial).allowed).toBe(false);
    expect(
      clusterLeaderProposalPolicy(district, 'proposal:submit', { tenantId: 't1', organiserPath: '/p/d1/' }),
    ).toEqual({ allowed: true });
    expect(clusterLeaderProposalPolicy(finance, 'proposal:submit', provincial).allowed).toBe(false);
  });
});

describe('score sheet', () => {
  const sheet = (memberPath: string, assessorPath: string) => ({
    tenantId: 't1',
    organiserPath: '/p/',
    memberPath,
    assessorPath,
    isSelf: memberPath === assessorPath,
  });
  it('is scored by the member unit (self) or the assessing unit (cross), not by a sibling', () => {
    expect(scoreSheetPolicy(district, sheet('/p/d1/', '/p/d1/'), 'SCORER').allowed).toBe(true);
    expect(scoreSheetPolicy(district, sheet('/p/d2/', '/p/d1/'), 'SCORER').allowed).toBe(true);
    expect(scoreSheetPolicy(district, sheet('/p/d1/', '/p/d2/'), 'SCORER').allowed).toBe(false);
  });
  it("is read by its scorers and by the cluster's readers", () => {
    expect(scoreSheetPolicy(province, sheet('/p/d1/', '/p/d1/'), 'READER').allowed).toBe(true);
    expect(scoreSheetPolicy(district, sheet('/p/d2/', '/p/d2/'), 'READER').allowed).toBe(true);
    expect(scoreSheetPolicy(finance, sheet('/p/d2/', '/p/d2/'), 'READER').allowed).toBe(
      clusterPolicy(finance, 'cluster:read', { tenantId: 't1', organiserPath: '/p/' }).allowed,
    );
    expect(
      scoreSheetPolicy(district, { ...sheet('/q/', '/q/'), organiserPath: '/q/' }, 'READER').allowed,
    ).toBe(false);
  });
});

describe('unit', () => {
  it('acts inside the subtree only', () => {
    expect(unitPolicy(district, 'movement:register', { tenantId: 't1', path: '/p/d1/w1/' }).allowed).toBe(
      true,
    );
    expect(unitPolicy(district, 'movement:register', { tenantId: 't1', path: '/p/' }).allowed).toBe(false);
  });
});

describe('tenant-wide things', () => {
  it('the fund is kept from the root only', () => {
    expect(fundPolicy(finance, 'fund:manage').allowed).toBe(true);
    expect(fundPolicy(districtFinance, 'fund:read')).toEqual({ allowed: false, reason: 'OUT_OF_SCOPE' });
    expect(fundPolicy(district, 'fund:read')).toEqual({ allowed: false, reason: 'NO_PERMISSION' });
  });
  it('the emulation office reviews models from the root only', () => {
    expect(modelOfficePolicy(province, 'model:review').allowed).toBe(true);
    expect(decideTenantWide({ ...province, scopePath: '/p/d1/' }, 'model:review').allowed).toBe(false);
  });
});

describe('model', () => {
  const draft = { tenantId: 't1', unitPath: '/p/d2/', status: 'DRAFT' };
  it('an approved model is public to the tenant; a draft only to its unit subtree', () => {
    expect(modelPolicy(district, 'model:read', draft).allowed).toBe(false);
    expect(modelPolicy(district, 'model:read', { ...draft, status: 'APPROVED' }).allowed).toBe(true);
    expect(modelPolicy(district, 'model:propose', { ...draft, status: 'APPROVED' }).allowed).toBe(false);
  });
});

describe('proposal', () => {
  const p = { tenantId: 't1', paths: { SUBMITTER: '/p/d2/w1/', OFFICE: '/p/d1/', DECIDER: '/p/' } };
  const office: Actor = { ...district, roles: ['APPRAISER'] };
  it('a reader is the submitting unit’s subtree or the office holding the dossier, in one decision', () => {
    expect(proposalPolicy(office, 'proposal:read', p, 'READER').allowed).toBe(true);
    expect(proposalPolicy(office, 'proposal:read', p, 'SUBMITTER').allowed).toBe(false);
    expect(
      proposalPolicy(office, 'proposal:read', { ...p, paths: { ...p.paths, OFFICE: '/p/' } }, 'READER'),
    ).toEqual({
      allowed: false,
      reason: 'OUT_OF_SCOPE',
    });
  });
  it('a command is checked against its acting unit', () => {
    expect(proposalPolicy(office, 'proposal:appraise', p, 'OFFICE').allowed).toBe(true);
    expect(proposalPolicy(office, 'proposal:appraise', p, 'DECIDER').allowed).toBe(false);
  });
});

describe('user', () => {
  const admin: Actor = { ...district, roles: ['TENANT_ADMIN'] };
  const account = { tenantId: 't1', unitPath: '/p/d1/w1/', scopePath: '/p/d1/w1/', roles: ['UNIT_OFFICER'] };
  it('a new account gets only a unit and scope the creator holds', () => {
    expect(newUserPolicy(admin, 'user:manage', account).allowed).toBe(true);
    expect(newUserPolicy(admin, 'user:manage', { ...account, scopePath: '/p/' }).allowed).toBe(false);
  });
  it('only a system admin makes system admins', () => {
    expect(mayGrantRoles(admin, ['SYSTEM_ADMIN'])).toBe(false);
    expect(newUserPolicy(admin, 'user:manage', { ...account, roles: ['SYSTEM_ADMIN'] }).allowed).toBe(false);
    expect(mayGrantRoles({ ...admin, roles: ['SYSTEM_ADMIN'] }, ['SYSTEM_ADMIN'])).toBe(true);
    expect(userPolicy(admin, 'user:manage', { tenantId: 't1', unitPath: '/p/d2/' }).allowed).toBe(false);
  });
});

describe('incoming dossier (a child tenant sent it up)', () => {
  const nationalAppraiser: Actor = { userId: 'n1', tenantId: 'tw', roles: ['APPRAISER'], scopePath: '/r/' };
  const nationalLeader: Actor = { ...nationalAppraiser, roles: ['LEADER'] };
  const boardOnly: Actor = { ...nationalAppraiser, scopePath: '/r/board/' };
  const dossier = { tenantId: 'tw' };
  it('is appraised by the root-scoped appraiser of the receiving tenant and decided by its leader', () => {
    expect(incomingDossierPolicy(nationalAppraiser, 'proposal:appraise', dossier).allowed).toBe(true);
    expect(incomingDossierPolicy(nationalAppraiser, 'decision:issue', dossier)).toEqual({
      allowed: false,
      reason: 'NO_PERMISSION',
    });
    expect(incomingDossierPolicy(nationalLeader, 'decision:issue', dossier).allowed).toBe(true);
  });
  it('is refused to an officer of one unit and to every other tenant', () => {
    expect(incomingDossierPolicy(boardOnly, 'proposal:read', dossier).allowed).toBe(false);
    expect(incomingDossierPolicy(province, 'proposal:read', dossier)).toEqual({
      allowed: false,
      reason: 'OUT_OF_SCOPE',
    });
  });
});
