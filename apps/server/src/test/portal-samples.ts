import type { SampleSpec } from './route-samples';

// Route samples of the public portal's settings and, later, its complaint and model routes.
export const PORTAL_SAMPLES: Record<string, SampleSpec> = {
  'GET /api/portal-settings': { kind: 'tenantWide', build: async () => ({ path: '/api/portal-settings' }) },
  'PUT /api/portal-settings': {
    kind: 'tenantWide',
    build: async () => ({ path: '/api/portal-settings', body: { publishedLevels: ['BO_TINH', 'NHA_NUOC'] } }),
  },
};
