import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { appUser, reportSnapshot } from '../db/schema/index';
import { newId } from '../lib/ids';
import {
  hashSnapshotContent,
  REPORT_SNAPSHOT_FORMAT,
  type ReportSnapshotContent,
} from '../modules/reports/report-snapshot.format';
import type { Fixture, Unit } from './fixtures';
import type { SampleSpec, Scope } from './route-samples';

// Samples for the statistics routes: every report names the unit whose subtree it counts.

function unitOf(fx: Fixture, scope: Scope): Unit {
  if (scope === 'own') return fx.ownChild;
  if (scope === 'otherUnit') return fx.other;
  return fx.unitB;
}

const scoped = (path: (unitId: string) => string): SampleSpec => ({
  kind: 'scoped',
  build: async ({ fx, scope }) => ({ path: path(unitOf(fx, scope).id) }),
});

export const REPORT_SAMPLES: Record<string, SampleSpec> = {
  'GET /api/reports/forms': scoped((u) => `/api/reports/forms?form=0603&year=2025&unitId=${u}`),
  'GET /api/reports/forms/records': scoped(
    (u) => `/api/reports/forms/records?form=0603&year=2025&unitId=${u}&row=1&column=1`,
  ),
  'GET /api/reports/forms/export.xlsx': scoped(
    (u) => `/api/reports/forms/export.xlsx?form=0602&year=2025&unitId=${u}`,
  ),
  'GET /api/reports/forms/export.pdf': scoped(
    (u) => `/api/reports/forms/export.pdf?form=0601&year=2025&unitId=${u}`,
  ),
  'GET /api/reports/fairness': scoped((u) => `/api/reports/fairness?yearFrom=2023&yearTo=2025&unitId=${u}`),
  'GET /api/reports/fairness/records': scoped(
    (u) => `/api/reports/fairness/records?yearFrom=2023&yearTo=2025&indicator=WOMEN&unitId=${u}`,
  ),
  'POST /api/reports/year-summary.docx': {
    kind: 'scoped',
    build: async ({ fx, scope }) => ({
      path: '/api/reports/year-summary.docx',
      body: { year: 2025, period: 'NAM', unitId: unitOf(fx, scope).id },
    }),
  },
  // The actor's own subtree, always.
  'GET /api/reports/dashboard': {
    kind: 'unscoped',
    build: async () => ({ path: '/api/reports/dashboard?year=2025' }),
  },
  // Targets are the tenant's: only an administrator scoped to the root may set them.
  'PUT /api/reports/targets': {
    kind: 'tenantWide',
    build: async () => ({ path: '/api/reports/targets', body: { WOMEN: 40 } }),
  },
};

// Each stored sample is a revision of its own (revisions of one form, year and unit are unique),
// in a year (2024) the freeze sample (2025) never uses, so the two never draw the same revision.
let sampleRevision = 1000;

/** A frozen report stored directly in the target unit, for the routes that read one back. */
const frozenIn = (path: (id: string) => string): SampleSpec => ({
  kind: 'scoped',
  build: async ({ db, fx, scope }) => {
    const unit = unitOf(fx, scope);
    const tenantId = scope === 'otherTenant' ? fx.tenantB : fx.tenantA;
    const id = newId();
    sampleRevision += 1;
    const content: ReportSnapshotContent = {
      format: REPORT_SNAPSHOT_FORMAT,
      sender: { code: 'MAU', name: 'Tỉnh mẫu', kind: 'PROVINCE' },
      report: {
        form: '0601/BNV-TĐKT',
        formCode: '0601',
        version: 'TT 2/2023/TT-BNV',
        title: 'Phong trào thi đua',
        citation: '',
        dueNote: '',
        year: 2024,
        scope: { unitCode: 'MAU', unitName: 'Đơn vị mẫu', isWholeTenant: false },
        rows: [{ code: '01', label: 'Tổng số', depth: 0, isHeading: false, groups: [] }],
        // Two columns at least: the printed layout splits the header block in halves.
        columns: [
          { code: '1', label: 'Tổng số', depth: 0, isHeading: false, groups: [] },
          { code: '2', label: 'Thường xuyên', depth: 0, isHeading: false, groups: [] },
        ],
        cells: { '01': { '1': 3, '2': 1 } },
      },
      revision: sampleRevision,
      frozenAt: '2026-01-05T02:00:00.000Z',
      frozenOn: '2026-01-05',
      frozenBy: { fullName: 'Người lập biểu', positionTitle: null },
      signer: { fullName: 'Người ký', positionTitle: 'Chủ tịch' },
    };
    await db.insert(reportSnapshot).values({
      tenantId,
      id,
      formCode: '0601',
      version: 'TT 2/2023/TT-BNV',
      year: 2024,
      scopeUnitId: unit.id,
      revision: sampleRevision,
      content,
      contentHash: hashSnapshotContent(content),
      signerUserId: newId(),
      frozenBy: newId(),
      frozenOn: '2026-01-05',
      frozenAt: new Date('2026-01-05T02:00:00Z'),
    });
    return { path: path(id) };
  },
});

/** The id of the fixture's leader, who heads `own` and so may sign its reports. */
async function leaderId(db: Db, fx: Fixture) {
  const [u] = await db
    .select({ id: appUser.id })
    .from(appUser)
    .where(and(eq(appUser.tenantId, fx.tenantA), eq(appUser.username, fx.users.LEADER)));
  return u!.id;
}

export const REPORT_SNAPSHOT_SAMPLES: Record<string, SampleSpec> = {
  'GET /api/reports/snapshots/signers': scoped((u) => `/api/reports/snapshots/signers?unitId=${u}`),
  'POST /api/reports/snapshots': {
    kind: 'scoped',
    build: async ({ db, fx, scope }) => ({
      path: '/api/reports/snapshots',
      body: { form: '0601', year: 2025, unitId: unitOf(fx, scope).id, signerUserId: await leaderId(db, fx) },
    }),
  },
  'GET /api/reports/snapshots': scoped((u) => `/api/reports/snapshots?unitId=${u}`),
  'GET /api/reports/snapshots/{id}/export.json': frozenIn((id) => `/api/reports/snapshots/${id}/export.json`),
  'GET /api/reports/snapshots/{id}/export.xlsx': frozenIn((id) => `/api/reports/snapshots/${id}/export.xlsx`),
  // The roll-up is the receiving tenant's own (a ministry or the national body, at its root).
  'POST /api/reports/rollup/imports': {
    kind: 'tenantWide',
    build: async () => ({
      path: '/api/reports/rollup/imports',
      body: { files: [{ name: 'tinh.json', content: '{}' }] },
    }),
  },
  'GET /api/reports/rollup': {
    kind: 'tenantWide',
    build: async () => ({ path: '/api/reports/rollup?form=0603&year=2025' }),
  },
};
