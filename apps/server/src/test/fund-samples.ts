import type { SampleSpec } from './route-samples';

// The fund is the tenant's: only actors scoped to the tenant's root read or keep it, so every
// matrix user (scoped to a sub-unit) is refused. The fund's own tests sign in at the root.
const tenantWide = (path: string, body?: unknown): SampleSpec => ({
  kind: 'tenantWide',
  build: async () => ({ path, body }),
});

const someId = '01900000-0000-7000-8000-000000000001';

export const FUND_SAMPLES: Record<string, SampleSpec> = {
  'GET /api/fund': tenantWide('/api/fund?year=2026'),
  'GET /api/fund/export.xlsx': tenantWide('/api/fund/export.xlsx?year=2026'),
  'GET /api/fund/awaiting': tenantWide('/api/fund/awaiting'),
  'POST /api/fund/receipts': tenantWide('/api/fund/receipts', {
    source: 'BUDGET',
    amountVnd: 1_000_000,
    description: 'Ngân sách cấp',
  }),
  'POST /api/fund/payments': tenantWide('/api/fund/payments', { decisionId: someId }),
  'POST /api/fund/recoveries': tenantWide('/api/fund/recoveries', { awardId: someId }),
  'POST /api/fund/entries/{id}/reversal': tenantWide(`/api/fund/entries/${someId}/reversal`, {
    reason: 'Ghi nhầm số tiền',
  }),
};
