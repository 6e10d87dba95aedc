import { award, decision, proposalDecision } from '../db/schema/index';
import { newId } from '../lib/ids';
import { leaderAt, seedProposal, unique } from './proposal-seeds';
import type { SampleSpec } from './route-samples';

// Samples for the decision routes (issue, external, revocations), on rows from proposal-seeds.ts.
export const DECISION_SAMPLES: Record<string, SampleSpec> = {
  'POST /api/decisions/issue': {
    kind: 'scoped',
    build: async ({ db, fx, scope }) => {
      const p = await seedProposal(db, fx, scope, { state: 'DECISION_PENDING', appraised: true });
      return {
        path: '/api/decisions/issue',
        body: {
          proposalId: p.id,
          expectedVersion: 1,
          signedOn: '2025-12-20',
          signerUserId: await leaderAt(db, p.tenantId, p.unitId),
          signer: 'Nguyễn Văn Ký',
          approvedItemIds: [p.itemId],
        },
      };
    },
  },
  'POST /api/decisions/external': {
    kind: 'scoped',
    build: async ({ db, fx, scope }) => {
      const p = await seedProposal(db, fx, scope, {
        state: 'PROPOSED_UP',
        appraised: true,
        requirements: { proposeUp: true },
      });
      return {
        path: '/api/decisions/external',
        body: {
          proposalId: p.id,
          expectedVersion: 1,
          number: `${unique()}/QĐ-TTg`,
          signedOn: '2025-12-20',
          issuer: 'Thủ tướng Chính phủ',
          approvedItemIds: [p.itemId],
        },
      };
    },
  },
  'POST /api/decisions/{id}/revocations': {
    kind: 'scoped',
    build: async ({ db, fx, scope }) => {
      const p = await seedProposal(db, fx, scope, { state: 'DECIDED', appraised: true });
      const decisionId = newId();
      const awardId = newId();
      await db.insert(decision).values({
        tenantId: p.tenantId,
        id: decisionId,
        number: `${unique()}/QĐ-UBND`,
        signedOn: '2025-12-20',
        issuer: 'UBND',
      });
      await db.insert(proposalDecision).values({
        tenantId: p.tenantId,
        decisionId,
        proposalId: p.id,
        year: 2025,
        seq: null,
        isExternal: true,
      });
      await db.insert(award).values({
        tenantId: p.tenantId,
        id: awardId,
        subjectType: 'PERSON',
        subjectId: p.person,
        awardCode: 'LDTT',
        year: 2025,
        decisionId,
        decisionDate: '2025-12-20',
        amountVnd: 710_000,
      });
      return {
        path: `/api/decisions/${decisionId}/revocations`,
        body: {
          awardId,
          ground: 'a',
          revokedOn: '2026-01-10',
          reason: 'Kê khai gian dối thành tích',
          recoverCertificate: true,
          recoverMoney: true,
        },
      };
    },
  },
};
