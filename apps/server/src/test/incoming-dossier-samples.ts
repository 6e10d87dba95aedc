import type { SampleSpec } from './route-samples';

// A dossier a child tenant sent up is the receiving tenant's as a whole: only actors scoped to the
// tenant's root read, appraise or decide it, so every matrix user (scoped to a sub-unit) is
// refused. incoming-dossiers.int.test.ts signs in at the root and from another tenant.
const tenantWide = (path: string, body?: unknown): SampleSpec => ({
  kind: 'tenantWide',
  build: async () => ({ path, body }),
});

const someId = '01900000-0000-7000-8000-000000000017';
const itemId = '01900000-0000-7000-8000-000000000018';

export const INCOMING_DOSSIER_SAMPLES: Record<string, SampleSpec> = {
  'GET /api/incoming-dossiers': tenantWide('/api/incoming-dossiers'),
  'GET /api/incoming-dossiers/{id}': tenantWide(`/api/incoming-dossiers/${someId}`),
  'GET /api/incoming-dossiers/{id}/files/{fileId}': tenantWide(
    `/api/incoming-dossiers/${someId}/files/${itemId}`,
  ),
  'POST /api/incoming-dossiers/{id}/return': tenantWide(`/api/incoming-dossiers/${someId}/return`, {
    expectedVersion: 1,
    reasons: [{ code: 'OTHER', text: 'Bổ sung hồ sơ', itemId: null }],
  }),
  'POST /api/incoming-dossiers/{id}/approve': tenantWide(`/api/incoming-dossiers/${someId}/approve`, {
    expectedVersion: 1,
    items: [{ itemId, approved: true }],
  }),
  'POST /api/incoming-dossiers/{id}/decide': tenantWide(`/api/incoming-dossiers/${someId}/decide`, {
    expectedVersion: 1,
    signedOn: '2026-12-05',
  }),
};
