import { and, eq } from 'drizzle-orm';
import { loadConfig } from '../config/config';
import { proposal, proposalComponent, publicComment } from '../db/schema/index';
import { newId } from '../lib/ids';
import { storeUpload } from '../platform/upload/index';
import { onState, seedProposal, target, v1 } from './proposal-seeds';
import type { SampleSpec } from './route-samples';
import { fileBody, realPdf } from './upload-files';

const TO_TRINH = 'Tờ trình đề nghị';

// Samples for the proposal workflow's routes and the public comment lists: each builds the rows it
// needs (proposal-seeds.ts) in the state the route acts on, inside or outside the actor's subtree.
export const PROPOSAL_SAMPLES: Record<string, SampleSpec> = {
  'POST /api/proposals': {
    kind: 'scoped',
    build: async ({ fx, scope }) => {
      const t = target(fx, scope);
      return {
        path: '/api/proposals',
        body: {
          kind: 'CONG_TRANG',
          title: 'Đề nghị Lao động tiên tiến 2025',
          year: 2025,
          submittingUnitId: t.unitId,
          items: [{ subjectType: 'PERSON', subjectId: t.person, awardCode: 'LDTT' }],
        },
      };
    },
  },
  'GET /api/proposals': { kind: 'unscoped', build: async () => ({ path: '/api/proposals' }) },
  'GET /api/proposals/queue': { kind: 'unscoped', build: async () => ({ path: '/api/proposals/queue' }) },
  'GET /api/proposals/overdue': { kind: 'unscoped', build: async () => ({ path: '/api/proposals/overdue' }) },
  'GET /api/notifications': { kind: 'unscoped', build: async () => ({ path: '/api/notifications' }) },
  'GET /api/proposals/{id}': {
    kind: 'scoped',
    build: async ({ db, fx, scope }) => ({
      path: `/api/proposals/${(await seedProposal(db, fx, scope, { state: 'DRAFT' })).id}`,
    }),
  },
  'GET /api/proposals/{id}/comments': {
    kind: 'scoped',
    build: async ({ db, fx, scope }) => ({
      path: `/api/proposals/${(await seedProposal(db, fx, scope, { state: 'PUBLIC_COMMENT' })).id}/comments`,
    }),
  },
  'PUT /api/proposals/{id}/items': onState('items', { state: 'DRAFT' }, (p) => ({
    expectedVersion: 1,
    items: [{ subjectType: 'PERSON', subjectId: p.person, awardCode: 'LDTT' }],
  })),
  'POST /api/proposals/{id}/components': onState(
    'components',
    { state: 'DRAFT', components: ['Tờ trình đề nghị'] },
    () => ({
      expectedVersion: 1,
      component: 'Tờ trình đề nghị',
      generated: true,
    }),
  ),
  'POST /api/proposals/{id}/components/file': {
    kind: 'scoped',
    build: async ({ db, fx, scope }) => {
      const p = await seedProposal(db, fx, scope, { state: 'DRAFT', components: [TO_TRINH] });
      const query = new URLSearchParams({ expectedVersion: '1', component: TO_TRINH, name: 'to-trinh.pdf' });
      return {
        path: `/api/proposals/${p.id}/components/file?${query}`,
        body: fileBody(realPdf(), 'application/pdf'),
      };
    },
  },
  'GET /api/proposals/{id}/files/{fileId}': {
    kind: 'scoped',
    build: async ({ db, fx, scope }) => {
      const p = await seedProposal(db, fx, scope, { state: 'DRAFT', components: [TO_TRINH] });
      const file = await db.transaction((tx) =>
        storeUpload(
          tx,
          loadConfig({}).dataDir,
          { tenantId: p.tenantId, uploadedBy: null },
          { recordType: 'proposal', recordId: p.id },
          { fileName: 'to-trinh.pdf', mimeType: 'application/pdf', bytes: realPdf() },
        ),
      );
      await db.insert(proposalComponent).values({
        tenantId: p.tenantId,
        proposalId: p.id,
        name: TO_TRINH,
        fileId: file.id,
        sha256: file.sha256,
      });
      return { path: `/api/proposals/${p.id}/files/${file.id}` };
    },
  },
  'POST /api/proposals/{id}/components/confirm-minutes': {
    kind: 'scoped',
    build: async ({ db, fx, scope }) => {
      const minutes = 'Biên bản xét khen thưởng của đơn vị';
      const p = await seedProposal(db, fx, scope, { state: 'DRAFT', components: [minutes] });
      // The matrix users work at fx.own: the dossier is that unit's own, so its leader may confirm.
      const home = { own: fx.own.id, otherUnit: fx.other.id, otherTenant: fx.unitB.id }[scope];
      await db
        .update(proposal)
        .set({ submittingUnitId: home })
        .where(and(eq(proposal.tenantId, p.tenantId), eq(proposal.id, p.id)));
      await db
        .insert(proposalComponent)
        .values({ tenantId: p.tenantId, proposalId: p.id, name: minutes, isGenerated: true });
      return {
        path: `/api/proposals/${p.id}/components/confirm-minutes`,
        body: { expectedVersion: 1, component: minutes },
      };
    },
  },
  'POST /api/proposals/{id}/comments/triage': {
    kind: 'scoped',
    build: async ({ db, fx, scope }) => {
      const p = await seedProposal(db, fx, scope, { state: 'PUBLIC_COMMENT', appraised: true });
      const commentId = newId();
      await db.insert(publicComment).values({
        tenantId: p.tenantId,
        id: commentId,
        proposalId: p.id,
        itemId: p.itemId,
        name: 'Người dân',
        contact: '0900000000',
        text: 'Ý kiến về đối tượng được đề nghị',
      });
      return {
        path: `/api/proposals/${p.id}/comments/triage`,
        body: { expectedVersion: 1, commentId, upheld: false, note: 'Không có căn cứ' },
      };
    },
  },
  'POST /api/proposals/{id}/submit-for-review': onState('submit-for-review', { state: 'DRAFT' }),
  // The seeded nominee has no history the engine accepts: the officer's reason goes with the submit.
  'POST /api/proposals/{id}/submit': onState('submit', { state: 'UNIT_REVIEW' }, () => ({
    ...v1,
    ineligibleReason: 'Đơn vị đề nghị Hội đồng xem xét thành tích',
  })),
  'POST /api/proposals/{id}/receive': onState('receive', { state: 'SUBMITTED' }),
  'POST /api/proposals/{id}/forward': onState('forward', { state: 'RECEIVED', levels: 2 }),
  'POST /api/proposals/{id}/start-appraisal': onState('start-appraisal', { state: 'RECEIVED' }),
  'POST /api/proposals/{id}/complete-appraisal': onState('complete-appraisal', {
    state: 'APPRAISAL',
    appraised: true,
  }),
  'POST /api/proposals/{id}/open-council': onState('open-council', {
    state: 'APPRAISAL',
    appraised: true,
    requirements: { councilVote: true },
  }),
  'POST /api/proposals/{id}/public-comment/open': onState('public-comment/open', {
    state: 'APPRAISAL',
    appraised: true,
    requirements: { publicComment: true },
  }),
  'POST /api/proposals/{id}/public-comment/close': onState('public-comment/close', {
    state: 'PUBLIC_COMMENT',
    requirements: { publicComment: true },
  }),
  'POST /api/proposals/{id}/return': onState('return', { state: 'RECEIVED' }, () => ({
    expectedVersion: 1,
    reasons: [{ code: 'OTHER', text: 'Thiếu chữ ký của thủ trưởng' }],
  })),
  'POST /api/proposals/{id}/appraise-item': onState('appraise-item', { state: 'APPRAISAL' }, (p) => ({
    expectedVersion: 1,
    itemId: p.itemId,
  })),
  'POST /api/proposals/{id}/reject': onState('reject', { state: 'RECEIVED' }, () => ({
    expectedVersion: 1,
    reason: 'Không đủ điều kiện',
  })),
  'GET /api/public/comment-lists': {
    kind: 'unscoped',
    build: async () => ({ path: '/api/public/comment-lists' }),
  },
  'POST /api/public/comments': {
    kind: 'unscoped',
    build: async ({ db, fx }) => {
      const p = await seedProposal(db, fx, 'own', {
        state: 'PUBLIC_COMMENT',
        appraised: true,
        publicCommentUntil: '2099-12-31',
      });
      return {
        path: '/api/public/comments',
        body: {
          itemId: p.itemId,
          name: 'Trần Văn Dân',
          contact: 'dan@example.vn',
          text: 'Tôi xin góp ý về đối tượng này.',
        },
      };
    },
  },
};
