import { ensureVerifications } from '../modules/verification/verification-codes.repository';
import { markSigned, seedDecision } from './document-fixtures';
import type { Fixture } from './fixtures';
import { seedProposal, seedSession } from './proposal-seeds';
import type { SampleSpec, Scope } from './route-samples';
import { ensureTestSeal } from './throwaway-ca';
import { seedTokenSession, tokenLeader } from './token-signing-fixtures';
import { fileBody } from './upload-files';

// Samples for the documents, certificates and public verification routes.

const onDecision = (suffix: string): SampleSpec => ({
  kind: 'scoped',
  build: async ({ db, fx, scope }) => {
    const d = await seedDecision(db, fx, scope);
    return { path: `/api/decisions/${d.decisionId}/${suffix}` };
  },
});

/** The person or unit a report is about: in the actor's unit, another unit, another tenant. */
function reportSubject(fx: Fixture, scope: Scope) {
  if (scope === 'own') return { person: fx.people.own, unitId: fx.ownChild.id };
  if (scope === 'otherUnit') return { person: fx.people.other, unitId: fx.other.id };
  return { person: fx.people.tenantB, unitId: fx.unitB.id };
}

export const DOCUMENT_SAMPLES: Record<string, SampleSpec> = {
  'GET /api/decisions/{id}/documents/quyet-dinh.docx': onDecision('documents/quyet-dinh.docx'),
  'GET /api/decisions/{id}/documents/quyet-dinh.pdf': onDecision('documents/quyet-dinh.pdf'),
  // Server signing with the tenant's seal (a throwaway CA's certificate in tests).
  'POST /api/decisions/{id}/signature': {
    kind: 'scoped',
    build: async ({ db, fx, scope }) => {
      const d = await seedDecision(db, fx, scope);
      await ensureTestSeal(db, d.tenantId);
      return { path: `/api/decisions/${d.decisionId}/signature`, body: { method: 'SEAL' } };
    },
  },
  'GET /api/decisions/{id}/signature': onDecision('signature'),
  // A signed decision's award is revoked by a revocation decision, signed with the seal.
  'POST /api/decisions/{id}/revocation-decisions': {
    kind: 'scoped',
    build: async ({ db, fx, scope }) => {
      const d = await seedDecision(db, fx, scope);
      await ensureTestSeal(db, d.tenantId);
      await markSigned(db, d.tenantId, d.decisionId);
      return {
        path: `/api/decisions/${d.decisionId}/revocation-decisions`,
        body: {
          awardId: d.awardIds[0],
          ground: 'a',
          revokedOn: '2026-03-02',
          reason: 'Kê khai gian dối thành tích',
          recoverCertificate: true,
          recoverMoney: true,
        },
      };
    },
  },
  // Signing on the signer's own token: prepared for the deciding unit's leader linked to a person.
  'POST /api/decisions/{id}/token-signing': {
    kind: 'scoped',
    build: async ({ db, fx, scope }) => {
      const d = await seedDecision(db, fx, scope);
      const leader = await tokenLeader(db, fx, scope);
      return { path: `/api/decisions/${d.decisionId}/token-signing`, body: { signerUserId: leader.id } };
    },
  },
  'POST /api/decisions/{id}/token-signing/{sessionId}': {
    kind: 'scoped',
    build: async ({ db, fx, scope, username }) => {
      const s = await seedTokenSession(db, fx, scope, username);
      return { path: `/api/decisions/${s.decisionId}/token-signing/${s.sessionId}`, body: {} };
    },
  },
  // The plug-in's download and upload: public, by the session's secret.
  'GET /api/token-signing/{tenantId}/{sessionId}/{kind}': {
    kind: 'unscoped',
    build: async ({ db, fx }) => ({ path: (await seedTokenSession(db, fx, 'own')).pluginPath }),
  },
  'POST /api/token-signing/{tenantId}/{sessionId}/{kind}': {
    kind: 'unscoped',
    build: async ({ db, fx }) => {
      const s = await seedTokenSession(db, fx, 'own');
      return { path: s.pluginPath, body: fileBody(s.signed, 'application/pdf') };
    },
  },
  'GET /api/decisions/{id}/certificates.pdf': onDecision('certificates.pdf?layout=blank-stock'),
  'GET /api/decisions/{id}/money-summary': onDecision('money-summary'),
  'GET /api/decisions/{id}/money-summary.xlsx': onDecision('money-summary.xlsx'),
  // The tenant's own settings: read by whoever prints, changed only from the tenant root.
  'GET /api/document-settings': { kind: 'unscoped', build: async () => ({ path: '/api/document-settings' }) },
  'PUT /api/document-settings': {
    kind: 'tenantWide',
    build: async () => ({
      path: '/api/document-settings',
      body: {
        placeName: 'Sơn Hà',
        parentBody: null,
        signerTitle: 'Chủ tịch',
        blankStockOffsetXMm: 1.5,
        blankStockOffsetYMm: -2,
      },
    }),
  },
  'GET /api/proposals/{id}/documents/to-trinh.docx': {
    kind: 'scoped',
    build: async ({ db, fx, scope }) => ({
      path: `/api/proposals/${(await seedProposal(db, fx, scope, { state: 'SUBMITTED' })).id}/documents/to-trinh.docx`,
    }),
  },
  'GET /api/proposals/{id}/documents/to-trinh.pdf': {
    kind: 'scoped',
    build: async ({ db, fx, scope }) => ({
      path: `/api/proposals/${(await seedProposal(db, fx, scope, { state: 'SUBMITTED' })).id}/documents/to-trinh.pdf`,
    }),
  },
  'GET /api/councils/{id}/documents/bien-ban.docx': {
    kind: 'scoped',
    build: async ({ db, fx, scope, username }) => ({
      path: `/api/councils/${(await seedSession(db, fx, scope, username, { closed: true })).id}/documents/bien-ban.docx`,
    }),
  },
  'GET /api/people/{id}/documents/bao-cao-thanh-tich.docx': {
    kind: 'scoped',
    build: async ({ fx, scope }) => ({
      path: `/api/people/${reportSubject(fx, scope).person}/documents/bao-cao-thanh-tich.docx?years=3`,
    }),
  },
  'GET /api/org-units/{id}/documents/bao-cao-thanh-tich.docx': {
    kind: 'scoped',
    build: async ({ fx, scope }) => ({
      path: `/api/org-units/${reportSubject(fx, scope).unitId}/documents/bao-cao-thanh-tich.docx`,
    }),
  },
  'GET /api/public/verify/{code}': {
    kind: 'unscoped',
    build: async ({ db, fx }) => {
      const d = await seedDecision(db, fx, 'own');
      const codes = await ensureVerifications(db, d.tenantId, d.awardIds);
      return { path: `/api/public/verify/${codes.get(d.awardIds[0] as string)?.code}` };
    },
  },
};
