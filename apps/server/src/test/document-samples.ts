import { ensureVerifications } from '../modules/verification/verification-codes.repository';
import { seedDecision } from './document-fixtures';
import type { SampleSpec } from './route-samples';

// Samples for the documents, certificates and public verification routes.

const onDecision = (suffix: string): SampleSpec => ({
  kind: 'scoped',
  build: async ({ db, fx, scope }) => {
    const d = await seedDecision(db, fx, scope);
    return { path: `/api/decisions/${d.decisionId}/${suffix}` };
  },
});

export const DOCUMENT_SAMPLES: Record<string, SampleSpec> = {
  'GET /api/decisions/{id}/documents/quyet-dinh.docx': onDecision('documents/quyet-dinh.docx'),
  'GET /api/decisions/{id}/certificates.pdf': onDecision('certificates.pdf?layout=blank-stock'),
  'GET /api/public/verify/{code}': {
    kind: 'unscoped',
    build: async ({ db, fx }) => {
      const d = await seedDecision(db, fx, 'own');
      const codes = await ensureVerifications(db, d.tenantId, d.awardIds);
      return { path: `/api/public/verify/${codes.get(d.awardIds[0] as string)?.code}` };
    },
  },
};
