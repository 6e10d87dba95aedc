import type { Db } from '../db/client';
import { inspectionFinding, inspectionPlan, inspectionPlanUnit } from '../db/schema/index';
import { newId } from '../lib/ids';
import type { Fixture } from './fixtures';
import type { SampleSpec, Scope } from './route-samples';

// Inspection route samples: a plan of the scope's unit inspecting that unit, seeded straight into
// the database, with one open finding where the route acts on a finding.

function target(fx: Fixture, scope: Scope) {
  if (scope === 'own') return { tenantId: fx.tenantA, unitId: fx.ownChild.id };
  if (scope === 'otherUnit') return { tenantId: fx.tenantA, unitId: fx.other.id };
  return { tenantId: fx.tenantB, unitId: fx.unitB.id };
}

let n = 0;

export async function seedInspectionPlan(
  db: Db,
  fx: Fixture,
  scope: Scope,
  opts: { finding?: boolean } = {},
) {
  const t = target(fx, scope);
  const planId = newId();
  n += 1;
  await db.insert(inspectionPlan).values({
    tenantId: t.tenantId,
    id: planId,
    unitId: t.unitId,
    year: 2026,
    title: `Kế hoạch kiểm tra mẫu ${Date.now().toString(36)}-${n}`,
    createdBy: newId(),
  });
  await db.insert(inspectionPlanUnit).values({
    tenantId: t.tenantId,
    id: newId(),
    planId,
    unitId: t.unitId,
    startsOn: '2026-10-05',
    endsOn: '2026-10-07',
  });
  let findingId: string | null = null;
  if (opts.finding) {
    findingId = newId();
    await db.insert(inspectionFinding).values({
      tenantId: t.tenantId,
      id: findingId,
      planId,
      unitId: t.unitId,
      content: 'Hồ sơ khen thưởng năm 2025 thiếu biên bản họp Hội đồng.',
      recommendation: 'Bổ sung biên bản họp Hội đồng',
      followUpDueOn: '2026-12-31',
      action: 'NONE',
      createdBy: newId(),
    });
  }
  return { planId, findingId, unitId: t.unitId };
}

export const INSPECTION_SAMPLES: Record<string, SampleSpec> = {
  'GET /api/inspection-plans': { kind: 'unscoped', build: async () => ({ path: '/api/inspection-plans' }) },
  'POST /api/inspection-plans': {
    kind: 'scoped',
    build: async ({ fx, scope }) => {
      const t = target(fx, scope);
      n += 1;
      return {
        path: '/api/inspection-plans',
        body: {
          unitId: t.unitId,
          year: 2026,
          title: `Kế hoạch kiểm tra ${Date.now().toString(36)}-${n}`,
          units: [{ unitId: t.unitId, startsOn: '2026-10-05', endsOn: '2026-10-06' }],
        },
      };
    },
  },
  'GET /api/inspection-plans/{id}': {
    kind: 'scoped',
    build: async ({ db, fx, scope }) => ({
      path: `/api/inspection-plans/${(await seedInspectionPlan(db, fx, scope)).planId}`,
    }),
  },
  'PUT /api/inspection-plans/{id}': {
    kind: 'scoped',
    build: async ({ db, fx, scope }) => {
      const p = await seedInspectionPlan(db, fx, scope);
      return {
        path: `/api/inspection-plans/${p.planId}`,
        body: {
          version: 1,
          title: `Kế hoạch kiểm tra đã sửa ${p.planId.slice(-6)}`,
          units: [{ unitId: p.unitId, startsOn: '2026-10-05', endsOn: '2026-10-09' }],
        },
      };
    },
  },
  'DELETE /api/inspection-plans/{id}': {
    kind: 'scoped',
    build: async ({ db, fx, scope }) => ({
      path: `/api/inspection-plans/${(await seedInspectionPlan(db, fx, scope)).planId}`,
    }),
  },
  'POST /api/inspection-plans/{id}/findings': {
    kind: 'scoped',
    build: async ({ db, fx, scope }) => {
      const p = await seedInspectionPlan(db, fx, scope);
      return {
        path: `/api/inspection-plans/${p.planId}/findings`,
        body: {
          unitId: p.unitId,
          content: 'Chưa công khai danh sách đề nghị khen thưởng trước khi xét.',
          recommendation: 'Công khai danh sách theo quy định',
          followUpDueOn: '2026-12-31',
        },
      };
    },
  },
  'POST /api/inspection-findings/{id}/complete': {
    kind: 'scoped',
    build: async ({ db, fx, scope }) => {
      const p = await seedInspectionPlan(db, fx, scope, { finding: true });
      return {
        path: `/api/inspection-findings/${p.findingId}/complete`,
        body: { version: 1, note: 'Đơn vị đã bổ sung biên bản.' },
      };
    },
  },
  'GET /api/inspection-plans/{id}/report.docx': {
    kind: 'scoped',
    build: async ({ db, fx, scope }) => ({
      path: `/api/inspection-plans/${(await seedInspectionPlan(db, fx, scope, { finding: true })).planId}/report.docx`,
    }),
  },
};
