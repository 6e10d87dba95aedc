import type { Db } from '../db/client';
import { createUnitRecord } from '../modules/tenants/tenant-setup';
import { ACHIEVEMENT_REPORT_SAMPLES } from './achievement-report-samples';
import { COMPLAINT_SAMPLES } from './complaint-samples';
import { COUNCIL_SAMPLES } from './council-samples';
import { DECISION_SAMPLES } from './decision-samples';
import { DOCUMENT_SAMPLES } from './document-samples';
import { EMULATION_SAMPLES } from './emulation-samples';
import type { Fixture } from './fixtures';
import { FUND_SAMPLES } from './fund-samples';
import { IMPORT_SAMPLES } from './import-samples';
import { INCOMING_DOSSIER_SAMPLES } from './incoming-dossier-samples';
import { INSPECTION_SAMPLES } from './inspection-samples';
import { MODEL_SAMPLES } from './model-samples';
import { PORTAL_SAMPLES } from './portal-samples';
import { PROPOSAL_SAMPLES } from './proposal-samples';
import { RECORD_SAMPLES } from './record-samples';
import { REPORT_SAMPLES, REPORT_SNAPSHOT_SAMPLES } from './report-samples';
import { target, unique, userAction } from './sample-helpers';
import { UNIT_PEOPLE_SAMPLES } from './unit-people-samples';
import { UPPER_LEVEL_SAMPLES } from './upper-level-samples';
import { USER_SAMPLES } from './user-samples';

export type Scope = 'own' | 'otherUnit' | 'otherTenant';

export type Sample = { path: string; body?: unknown };

export type SampleSpec = {
  /** Whether the request targets something inside or outside the actor's subtree. */
  kind: 'scoped' | 'unscoped' | 'tenantWide';
  build(ctx: { db: Db; fx: Fixture; scope: Scope; username: string; password: string }): Promise<Sample>;
};

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
  ...UNIT_PEOPLE_SAMPLES,
  ...USER_SAMPLES,
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
  ...UPPER_LEVEL_SAMPLES,
  ...COUNCIL_SAMPLES,
  ...DECISION_SAMPLES,
  ...EMULATION_SAMPLES,
  ...DOCUMENT_SAMPLES,
  ...ACHIEVEMENT_REPORT_SAMPLES,
  ...REPORT_SAMPLES,
  ...FUND_SAMPLES,
  ...MODEL_SAMPLES,
  ...INCOMING_DOSSIER_SAMPLES,
  ...REPORT_SNAPSHOT_SAMPLES,
  ...PORTAL_SAMPLES,
  ...COMPLAINT_SAMPLES,
  ...INSPECTION_SAMPLES,
};
