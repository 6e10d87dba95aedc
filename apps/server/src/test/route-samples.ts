import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { appUser, person } from '../db/schema/index';
import { hashPassword } from '../modules/auth/password';
import { newTotpSecret } from '../modules/auth/totp';
import { createUnitRecord, createUserRecord } from '../modules/tenants/tenant-setup';
import { ACHIEVEMENT_REPORT_SAMPLES } from './achievement-report-samples';
import { nextTotpCode, rememberTotpSecret } from './client';
import { COMPLAINT_SAMPLES } from './complaint-samples';
import { COUNCIL_SAMPLES } from './council-samples';
import { DECISION_SAMPLES } from './decision-samples';
import { DOCUMENT_SAMPLES } from './document-samples';
import { EMULATION_SAMPLES } from './emulation-samples';
import { addPerson, addUnit, type Fixture, type Unit } from './fixtures';
import { FUND_SAMPLES } from './fund-samples';
import { IMPORT_SAMPLES } from './import-samples';
import { INSPECTION_SAMPLES } from './inspection-samples';
import { MODEL_SAMPLES } from './model-samples';
import { PORTAL_SAMPLES } from './portal-samples';
import { PROPOSAL_SAMPLES } from './proposal-samples';
import { RECORD_SAMPLES } from './record-samples';
import { REPORT_SAMPLES, REPORT_SNAPSHOT_SAMPLES } from './report-samples';

export type Scope = 'own' | 'otherUnit' | 'otherTenant';

export type Sample = { path: string; body?: unknown };

export type SampleSpec = {
  /** Whether the request targets something inside or outside the actor's subtree. */
  kind: 'scoped' | 'unscoped' | 'tenantWide';
  build(ctx: { db: Db; fx: Fixture; scope: Scope; username: string; password: string }): Promise<Sample>;
};

function target(fx: Fixture, scope: Scope): { tenantId: string; unit: Unit; person: string } {
  if (scope === 'own') return { tenantId: fx.tenantA, unit: fx.ownChild, person: fx.people.own };
  if (scope === 'otherUnit') return { tenantId: fx.tenantA, unit: fx.other, person: fx.people.other };
  return { tenantId: fx.tenantB, unit: fx.unitB, person: fx.people.tenantB };
}

let n = 0;
const unique = () => {
  n += 1;
  return `${Date.now().toString(36)}${n}`;
};

/** An administrator's action on a fresh account in the target unit. */
const userAction = (action: string, body: unknown = {}): SampleSpec => ({
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

/**
 * One sample request per API route. A route without an entry here fails the
 * authorization matrix test, so no route ships without its scope being tested.
 */
export const ROUTE_SAMPLES: Record<string, SampleSpec> = {
  'GET /api/health': { kind: 'unscoped', build: async () => ({ path: '/api/health' }) },
  'GET /api/openapi.json': { kind: 'unscoped', build: async () => ({ path: '/api/openapi.json' }) },
  'POST /api/auth/login': {
    kind: 'unscoped',
    build: async ({ username, password }) => ({ path: '/api/auth/login', body: { username, password } }),
  },
  'POST /api/auth/logout': { kind: 'unscoped', build: async () => ({ path: '/api/auth/logout', body: {} }) },
  'GET /api/auth/me': { kind: 'unscoped', build: async () => ({ path: '/api/auth/me' }) },
  'GET /api/auth/oidc/providers': {
    kind: 'unscoped',
    build: async () => ({ path: '/api/auth/oidc/providers' }),
  },
  'POST /api/users/{id}/oidc-invitation': userAction('oidc-invitation'),
  'GET /api/citizen/filings': { kind: 'unscoped', build: async () => ({ path: '/api/citizen/filings' }) },
  // The answer is the caller's own queue; my-work.int.test.ts checks that it stays in scope.
  'GET /api/my-work': { kind: 'unscoped', build: async () => ({ path: '/api/my-work' }) },
  // The caller's own notice settings: no id in the path, so no other account is reachable.
  'GET /api/auth/me/notices': { kind: 'unscoped', build: async () => ({ path: '/api/auth/me/notices' }) },
  'PUT /api/auth/me/notices': {
    kind: 'unscoped',
    build: async () => ({
      path: '/api/auth/me/notices',
      body: { email: null, disabledEvents: [] },
    }),
  },
  'GET /api/org-units': { kind: 'unscoped', build: async () => ({ path: '/api/org-units' }) },
  'GET /api/org-units/{id}': {
    kind: 'scoped',
    build: async ({ fx, scope }) => ({ path: `/api/org-units/${target(fx, scope).unit.id}` }),
  },
  'GET /api/org-units/{id}/history': {
    kind: 'scoped',
    build: async ({ fx, scope }) => ({ path: `/api/org-units/${target(fx, scope).unit.id}/history` }),
  },
  'POST /api/org-units': {
    kind: 'scoped',
    build: async ({ fx, scope }) => ({
      path: '/api/org-units',
      body: {
        parentId: target(fx, scope).unit.id,
        code: `N${unique()}`,
        name: 'Phòng mới',
        type: 'PHONG_TO',
        validFrom: '2025-01-01',
      },
    }),
  },
  'PATCH /api/org-units/{id}': {
    kind: 'scoped',
    build: async ({ db, fx, scope }) => {
      const t = target(fx, scope);
      const unit = await addUnit(db, t.tenantId, t.unit);
      return { path: `/api/org-units/${unit.id}`, body: { version: 1, type: 'DON_VI_SU_NGHIEP' } };
    },
  },
  'POST /api/org-units/{id}/rename': {
    kind: 'scoped',
    build: async ({ db, fx, scope }) => {
      const t = target(fx, scope);
      const unit = await addUnit(db, t.tenantId, t.unit);
      return {
        path: `/api/org-units/${unit.id}/rename`,
        body: { version: 1, name: 'Tên mới', effectiveDate: '2025-07-01' },
      };
    },
  },
  'POST /api/org-units/merge': {
    kind: 'scoped',
    build: async ({ db, fx, scope }) => {
      const t = target(fx, scope);
      const absorbed = await addUnit(db, t.tenantId, t.unit);
      const successor = await addUnit(db, t.tenantId, t.unit);
      return {
        path: '/api/org-units/merge',
        body: {
          absorbedIds: [absorbed.id],
          successor: { mode: 'EXISTING', id: successor.id },
          effectiveDate: '2025-07-01',
        },
      };
    },
  },
  'POST /api/org-units/{id}/split': {
    kind: 'scoped',
    build: async ({ db, fx, scope }) => {
      const t = target(fx, scope);
      const unit = await addUnit(db, t.tenantId, t.unit);
      return {
        path: `/api/org-units/${unit.id}/split`,
        body: {
          successors: [
            { code: `S${unique()}`, name: 'Phòng A', type: 'PHONG_TO' },
            { code: `S${unique()}`, name: 'Phòng B', type: 'PHONG_TO' },
          ],
          effectiveDate: '2025-07-01',
        },
      };
    },
  },
  'GET /api/people': {
    kind: 'scoped',
    build: async ({ fx, scope }) => ({ path: `/api/people?unitId=${target(fx, scope).unit.id}` }),
  },
  'GET /api/people/export.xlsx': {
    kind: 'scoped',
    build: async ({ fx, scope }) => ({ path: `/api/people/export.xlsx?unitId=${target(fx, scope).unit.id}` }),
  },
  'GET /api/people/{id}': {
    kind: 'scoped',
    build: async ({ fx, scope }) => ({ path: `/api/people/${target(fx, scope).person}` }),
  },
  'POST /api/people/{id}/reveal': {
    kind: 'scoped',
    build: async ({ fx, scope }) => ({ path: `/api/people/${target(fx, scope).person}/reveal`, body: {} }),
  },
  'POST /api/people': {
    kind: 'scoped',
    build: async ({ fx, scope }) => ({
      path: '/api/people',
      body: { fullName: 'Vương Thị Ánh', gender: 'NU', unitId: target(fx, scope).unit.id },
    }),
  },
  'PATCH /api/people/{id}': {
    kind: 'scoped',
    build: async ({ db, fx, scope }) => {
      const t = target(fx, scope);
      const id = await addPerson(db, t.tenantId, t.unit.id, 'Tạ Văn Bảo');
      const [row] = await db.select({ version: person.version }).from(person).where(eq(person.id, id));
      return { path: `/api/people/${id}`, body: { version: row!.version, position: 'Chuyên viên chính' } };
    },
  },
  'GET /api/users': { kind: 'unscoped', build: async () => ({ path: '/api/users' }) },
  'POST /api/users': {
    kind: 'scoped',
    build: async ({ fx, scope }) => ({
      path: '/api/users',
      body: {
        username: `u${unique()}`,
        fullName: 'Người dùng mới',
        password: 'mot-mat-khau-dai',
        roles: ['VIEWER'],
        unitId: target(fx, scope).unit.id,
      },
    }),
  },
  'PATCH /api/users/{id}': {
    kind: 'scoped',
    build: async ({ db, fx, scope }) => {
      const t = target(fx, scope);
      const id = await createUserRecord(db, t.tenantId, {
        username: `u${unique()}`,
        fullName: 'Người dùng cần sửa',
        password: 'mot-mat-khau-dai',
        roles: ['VIEWER'],
        unitId: t.unit.id,
      });
      return { path: `/api/users/${id}`, body: { positionTitle: 'Phó Giám đốc' } };
    },
  },
  'POST /api/users/{id}/disable': userAction('disable'),
  'POST /api/users/{id}/enable': userAction('enable'),
  'POST /api/users/{id}/reset-mfa': userAction('reset-mfa'),
  'POST /api/auth/mfa/verify': {
    kind: 'unscoped',
    // The actor's session has given its code already, so the answer is a plain yes.
    build: async () => ({ path: '/api/auth/mfa/verify', body: { code: '123456' } }),
  },
  'POST /api/auth/mfa/enrolment': {
    kind: 'unscoped',
    // The actor's second factor is removed first, so every role may start an enrolment.
    build: async ({ db, username }) => {
      await db
        .update(appUser)
        .set({ mfaSecret: null, mfaEnabledAt: null, mfaLastStep: null, mfaRecoveryHashes: null })
        .where(eq(appUser.username, username));
      return { path: '/api/auth/mfa/enrolment', body: {} };
    },
  },
  'POST /api/auth/mfa/enable': {
    kind: 'unscoped',
    // An enrolment in progress with a known secret, confirmed by its next code; the fixture
    // remembers the secret for the actor's next login.
    build: async ({ db, username }) => {
      const secret = newTotpSecret();
      await db
        .update(appUser)
        .set({ mfaPendingSecret: secret, mfaSecret: null, mfaEnabledAt: null, mfaLastStep: null })
        .where(eq(appUser.username, username));
      rememberTotpSecret(username, secret);
      return { path: '/api/auth/mfa/enable', body: { code: nextTotpCode(secret) } };
    },
  },
  'POST /api/users/{id}/reset-password': userAction('reset-password', {
    temporaryPassword: 'Tam-thoi-Son-Ha-7',
  }),
  'POST /api/auth/password': {
    kind: 'unscoped',
    // The actor's password is set to a temporary one first, and the request sets it back.
    build: async ({ db, username, password }) => {
      await db
        .update(appUser)
        .set({ passwordHash: await hashPassword('Tam-thoi-Son-Ha-7') })
        .where(eq(appUser.username, username));
      return {
        path: '/api/auth/password',
        body: { currentPassword: 'Tam-thoi-Son-Ha-7', newPassword: password },
      };
    },
  },
  'GET /api/subjects/{id}/eligibility': {
    kind: 'scoped',
    build: async ({ fx, scope }) => ({
      path: `/api/subjects/${target(fx, scope).person}/eligibility?year=2025`,
    }),
  },
  'GET /api/org-units/{id}/suggestions': {
    kind: 'scoped',
    build: async ({ fx, scope }) => ({
      path: `/api/org-units/${target(fx, scope).unit.id}/suggestions?year=2025`,
    }),
  },
  'GET /api/rule-params': { kind: 'unscoped', build: async () => ({ path: '/api/rule-params' }) },
  'PUT /api/rule-params/{ruleSetId}': {
    kind: 'tenantWide',
    build: async () => ({
      path: '/api/rule-params/LTDKT-2022+ND-152-2025',
      body: { params: { ldttMinMonths: 6 } },
    }),
  },
  'GET /api/tenant-awards': { kind: 'unscoped', build: async () => ({ path: '/api/tenant-awards' }) },
  'GET /api/award-catalogue': {
    kind: 'unscoped',
    build: async () => ({ path: '/api/award-catalogue?year=2025' }),
  },
  'POST /api/tenant-awards': {
    kind: 'tenantWide',
    build: async () => ({
      path: '/api/tenant-awards',
      body: {
        code: `RIENG_${Math.random().toString(36).slice(2, 8).toUpperCase()}`,
        name: 'Danh hiệu riêng của tỉnh',
        level: 'BO_TINH',
        category: 'DANH_HIEU',
        kind: 'CONG_TRANG',
        subjectTypes: ['individual'],
        decider: 'CHU_TICH_UBND_TINH',
        criteria: { op: 'ratingAtLeast', min: 'HTXSNV', citation: 'Quy chế thi đua của tỉnh, Điều 5' },
        coefficient: 1,
        citation: 'Quy chế thi đua của tỉnh, Điều 5',
        effectiveFrom: '2025-07-01',
      },
    }),
  },
  'GET /api/households': {
    kind: 'scoped',
    build: async ({ fx, scope }) => ({ path: `/api/households?unitId=${target(fx, scope).unit.id}` }),
  },
  'POST /api/households': {
    kind: 'scoped',
    build: async ({ db, fx, scope }) => {
      const t = target(fx, scope);
      const village = await createUnitRecord(db, t.tenantId, t.unit, {
        code: `T${unique()}`,
        name: 'Thôn Mới',
        type: 'THON_TO_DAN_PHO',
      });
      return {
        path: '/api/households',
        body: { unitId: village.id, headName: 'Nguyễn Văn Hộ', address: 'Xóm 1' },
      };
    },
  },
  'GET /api/collectives': {
    kind: 'scoped',
    build: async ({ fx, scope }) => ({ path: `/api/collectives?unitId=${target(fx, scope).unit.id}` }),
  },
  'POST /api/collectives': {
    kind: 'scoped',
    build: async ({ fx, scope }) => ({
      path: '/api/collectives',
      body: { unitId: target(fx, scope).unit.id, name: 'Tổ chuyên môn Toán' },
    }),
  },
  'GET /api/audit': { kind: 'tenantWide', build: async () => ({ path: '/api/audit' }) },
  ...RECORD_SAMPLES,
  ...IMPORT_SAMPLES,
  ...PROPOSAL_SAMPLES,
  ...COUNCIL_SAMPLES,
  ...DECISION_SAMPLES,
  ...EMULATION_SAMPLES,
  ...DOCUMENT_SAMPLES,
  ...ACHIEVEMENT_REPORT_SAMPLES,
  ...REPORT_SAMPLES,
  ...FUND_SAMPLES,
  ...MODEL_SAMPLES,
  ...REPORT_SNAPSHOT_SAMPLES,
  ...PORTAL_SAMPLES,
  ...COMPLAINT_SAMPLES,
  ...INSPECTION_SAMPLES,
};
