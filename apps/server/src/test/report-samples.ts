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
