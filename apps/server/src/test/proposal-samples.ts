import { and, eq } from 'drizzle-orm';
import { loadConfig } from '../config/config';
import type { Db } from '../db/client';
import {
  appUser,
  award,
  councilAgendaItem,
  councilMember,
  councilSession,
  decision,
  loginName,
  proposal,
  proposalComponent,
  proposalDecision,
  proposalItem,
  publicComment,
} from '../db/schema/index';
import { newId } from '../lib/ids';
import { storeUpload } from '../platform/upload/index';
import type { Fixture } from './fixtures';
import type { SampleSpec, Scope } from './route-samples';
import { fileBody, realPdf } from './upload-files';

const TO_TRINH = 'Tờ trình đề nghị';

// Samples for the proposal workflow routes: each builds the rows it needs directly in the
// database, in the state the route acts on, inside or outside the actor's subtree.

function target(fx: Fixture, scope: Scope) {
  if (scope === 'own') return { tenantId: fx.tenantA, unitId: fx.ownChild.id, person: fx.people.own };
  if (scope === 'otherUnit') return { tenantId: fx.tenantA, unitId: fx.other.id, person: fx.people.other };
  return { tenantId: fx.tenantB, unitId: fx.unitB.id, person: fx.people.tenantB };
}

type Seed = {
  state: string;
  levels?: number;
  requirements?: Partial<{ publicComment: boolean; councilVote: boolean; proposeUp: boolean }>;
  components?: string[];
  appraised?: boolean;
  publicCommentUntil?: string;
};

/** A proposal of one LĐTT item for the scope's person, decided by the submitting unit itself. */
export async function seedProposal(db: Db, fx: Fixture, scope: Scope, seed: Seed) {
  const t = target(fx, scope);
  const id = newId();
  const itemId = newId();
  await db.insert(proposal).values({
    tenantId: t.tenantId,
    id,
    kind: 'CONG_TRANG',
    title: 'Hồ sơ mẫu',
    year: 2025,
    submittingUnitId: t.unitId,
    levels: Array.from({ length: seed.levels ?? 1 }, () => t.unitId),
    deciderRole: 'THU_TRUONG_DON_VI',
    ruleSetId: 'LTDKT-2022+ND-152-2025',
    state: seed.state,
    requirements: {
      publicComment: false,
      councilVote: false,
      simplified: false,
      proposeUp: false,
      ...seed.requirements,
    },
    components: seed.components ?? [],
    stepEnteredOn: '2025-12-01',
    publicCommentUntil: seed.publicCommentUntil ?? null,
    createdBy: newId(),
  });
  await db.insert(proposalItem).values({
    tenantId: t.tenantId,
    id: itemId,
    proposalId: id,
    subjectType: 'PERSON',
    subjectId: t.person,
    subjectName: 'Người được đề nghị',
    unitId: t.unitId,
    awardCode: 'LDTT',
    appraisal: seed.appraised ? 'CONFIRMED' : 'PENDING',
    appraisedEligible: seed.appraised ? true : null,
  });
  return { id, itemId, tenantId: t.tenantId, unitId: t.unitId, person: t.person };
}

async function userId(db: Db, username: string, fx: Fixture) {
  const [u] = await db
    .select({ id: appUser.id })
    .from(appUser)
    .where(eq(appUser.username, username || fx.tenantAdmin));
  return u?.id ?? newId();
}

/** An account holding the leader role at the scope's unit: the one who signs its decisions. */
export async function leaderAt(db: Db, tenantId: string, unitId: string) {
  const id = newId();
  // Usernames are claimed in the global login_name table first (its foreign key).
  await db.insert(loginName).values({ username: `lanhdao.${id.slice(-12)}`, tenantId });
  await db.insert(appUser).values({
    tenantId,
    id,
    username: `lanhdao.${id.slice(-12)}`,
    fullName: 'Lãnh đạo đơn vị',
    passwordHash: 'not-a-login',
    roles: ['LEADER'],
    unitId,
    scopeUnitId: unitId,
  });
  return id;
}

/** Five council-member accounts of the scope's tenant (the default minimum council), never signed in. */
async function councilMemberIds(db: Db, fx: Fixture, scope: Scope) {
  const t = target(fx, scope);
  const ids: string[] = [];
  for (let i = 0; i < 5; i += 1) {
    const id = newId();
    await db.insert(loginName).values({ username: `uyvien.${id.slice(-12)}`, tenantId: t.tenantId });
    await db.insert(appUser).values({
      tenantId: t.tenantId,
      id,
      username: `uyvien.${id.slice(-12)}`,
      fullName: `Ủy viên ${i + 1}`,
      passwordHash: 'not-a-login',
      roles: ['COUNCIL_MEMBER'],
      unitId: t.unitId,
      scopeUnitId: t.unitId,
    });
    ids.push(id);
  }
  return ids;
}

export async function seedSession(
  db: Db,
  fx: Fixture,
  scope: Scope,
  username: string,
  opts: { closed?: boolean; absent?: boolean; meetingOn?: string },
) {
  const p = await seedProposal(db, fx, scope, {
    state: 'COUNCIL_VOTE',
    requirements: { councilVote: true },
    appraised: true,
  });
  const id = newId();
  await db.insert(councilSession).values({
    tenantId: p.tenantId,
    id,
    unitId: p.unitId,
    title: 'Phiên họp mẫu',
    meetingOn: opts.meetingOn ?? '2025-12-10',
    quorum: 1,
    status: opts.closed ? 'CLOSED' : 'OPEN',
    createdBy: newId(),
  });
  const member = await userId(db, username, fx);
  await db
    .insert(councilMember)
    .values({ tenantId: p.tenantId, sessionId: id, userId: member, isPresent: !opts.absent });
  await db
    .insert(councilAgendaItem)
    .values({ tenantId: p.tenantId, sessionId: id, itemId: p.itemId, proposalId: p.id });
  return { id, itemId: p.itemId, member };
}

let n = 0;
const unique = () => {
  n += 1;
  return `${Date.now().toString(36)}${n}`;
};
const v1 = { expectedVersion: 1 };

const onState = (
  action: string,
  seed: Seed,
  body: (p: Awaited<ReturnType<typeof seedProposal>>) => unknown = () => v1,
): SampleSpec => ({
  kind: 'scoped',
  build: async ({ db, fx, scope }) => {
    const p = await seedProposal(db, fx, scope, seed);
    return { path: `/api/proposals/${p.id}/${action}`, body: body(p) };
  },
});

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
  'POST /api/councils': {
    kind: 'scoped',
    build: async ({ db, fx, scope }) => {
      const p = await seedProposal(db, fx, scope, {
        state: 'COUNCIL_VOTE',
        requirements: { councilVote: true },
        appraised: true,
      });
      return {
        path: '/api/councils',
        body: {
          unitId: p.unitId,
          title: 'Phiên họp Hội đồng',
          meetingOn: '2025-12-10',
          quorum: 3,
          members: (await councilMemberIds(db, fx, scope)).map((id) => ({ userId: id, isPresent: true })),
          proposalIds: [p.id],
        },
      };
    },
  },
  'GET /api/councils/{id}': {
    kind: 'scoped',
    build: async ({ db, fx, scope, username }) => ({
      path: `/api/councils/${(await seedSession(db, fx, scope, username, {})).id}`,
    }),
  },
  'GET /api/councils/{id}/minutes': {
    kind: 'scoped',
    build: async ({ db, fx, scope, username }) => ({
      path: `/api/councils/${(await seedSession(db, fx, scope, username, { closed: true })).id}/minutes`,
    }),
  },
  'POST /api/councils/{id}/ballots': {
    kind: 'scoped',
    build: async ({ db, fx, scope, username }) => {
      const s = await seedSession(db, fx, scope, username, {});
      return {
        path: `/api/councils/${s.id}/ballots`,
        body: { choices: [{ itemId: s.itemId, choice: 'YES' }] },
      };
    },
  },
  'POST /api/councils/{id}/written-ballots': {
    kind: 'scoped',
    build: async ({ db, fx, scope, username }) => {
      const s = await seedSession(db, fx, scope, username, { absent: true });
      return {
        path: `/api/councils/${s.id}/written-ballots`,
        body: { memberUserId: s.member, itemId: s.itemId, choice: 'NO' },
      };
    },
  },
  'POST /api/councils/{id}/open': {
    kind: 'scoped',
    build: async ({ db, fx, scope, username }) => ({
      path: `/api/councils/${(await seedSession(db, fx, scope, username, { meetingOn: '2099-12-10' })).id}/open`,
      body: v1,
    }),
  },
  'POST /api/councils/{id}/close': {
    kind: 'scoped',
    build: async ({ db, fx, scope, username }) => ({
      path: `/api/councils/${(await seedSession(db, fx, scope, username, {})).id}/close`,
      body: v1,
    }),
  },
  'GET /api/councils': {
    kind: 'unscoped',
    build: async ({ db, fx, username }) => {
      // One session inside the actor's subtree and one outside: the list must show only the first.
      await seedSession(db, fx, 'own', username, {});
      await seedSession(db, fx, 'otherUnit', username, {});
      return { path: '/api/councils?page=1&pageSize=200' };
    },
  },
  'GET /api/councils/member-candidates': {
    kind: 'scoped',
    build: async ({ fx, scope }) => ({
      path: `/api/councils/member-candidates?unitId=${target(fx, scope).unitId}`,
    }),
  },
  'GET /api/councils/proposal-candidates': {
    kind: 'scoped',
    build: async ({ db, fx, scope }) => {
      const p = await seedProposal(db, fx, scope, {
        state: 'COUNCIL_VOTE',
        requirements: { councilVote: true },
        appraised: true,
      });
      return { path: `/api/councils/proposal-candidates?unitId=${p.unitId}` };
    },
  },
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
