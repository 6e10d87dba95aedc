import {
  cluster,
  clusterMember,
  clusterVote,
  clusterVoteCandidate,
  clusterVoteParticipation,
  movement,
  score,
  scoringCriterion,
  scoringTemplate,
} from '../db/schema/index';
import { newId } from '../lib/ids';
import { writeXlsx } from '../lib/xlsx';
import { addPerson, addUnit, type Fixture, type Unit } from './fixtures';
import type { SampleSpec, Scope } from './route-samples';
import { fileBody, realPdf } from './upload-files';

// Samples for movements, registrations, clusters and scores. Each write sample inserts its own
// movement or cluster, since the matrix replays it for every role × scope.

type Build = SampleSpec['build'];
type Ctx = Parameters<Build>[0];
const scoped = (build: Build): SampleSpec => ({ kind: 'scoped', build });
const unscoped = (build: Build): SampleSpec => ({ kind: 'unscoped', build });

function targetOf(fx: Fixture, scope: Scope): { tenantId: string; unit: Unit } {
  if (scope === 'own') return { tenantId: fx.tenantA, unit: fx.ownChild };
  if (scope === 'otherUnit') return { tenantId: fx.tenantA, unit: fx.other };
  return { tenantId: fx.tenantB, unit: fx.unitB };
}

export async function withMovement(ctx: Ctx, form: 'THUONG_XUYEN' | 'CHUYEN_DE' = 'CHUYEN_DE') {
  const t = targetOf(ctx.fx, ctx.scope);
  const id = newId();
  await ctx.db.insert(movement).values({
    tenantId: t.tenantId,
    id,
    form,
    title: 'Phong trào mẫu',
    year: 2025,
    ownerUnitId: t.unit.id,
    launchingAuthority: 'Giám đốc',
    level: 'DON_VI',
    scope: 'CO_QUAN_DON_VI',
    participation: 'SUBTREE',
    participationRootId: t.unit.id,
    startDate: '2025-01-01',
    endDate: '2025-12-31',
  });
  return { ...t, id };
}

/** A cluster organised by the target unit with two new member units and a two-criterion template. */
async function withCluster(ctx: Ctx) {
  const t = targetOf(ctx.fx, ctx.scope);
  const [a, b] = [await addUnit(ctx.db, t.tenantId, t.unit), await addUnit(ctx.db, t.tenantId, t.unit)];
  const id = newId();
  const tenantId = t.tenantId;
  await ctx.db.insert(cluster).values({
    tenantId,
    id,
    year: 2025,
    name: 'Cụm mẫu',
    kind: 'CUM',
    organiserLevel: 'TINH',
    organiserUnitId: t.unit.id,
    headUnitId: a.id,
  });
  await ctx.db.insert(clusterMember).values([
    { tenantId, clusterId: id, unitId: a.id },
    { tenantId, clusterId: id, unitId: b.id },
  ]);
  const templateId = newId();
  await ctx.db
    .insert(scoringTemplate)
    .values({ tenantId, id: templateId, clusterId: id, year: 2025, name: 'Bảng mẫu' });
  const criteria = [newId(), newId()];
  await ctx.db.insert(scoringCriterion).values(
    criteria.map((cid, i) => ({
      tenantId,
      id: cid,
      templateId,
      position: i,
      groupName: 'I',
      code: `${i + 1}`,
      name: `Tiêu chí ${i + 1}`,
      kind: 'STANDARD' as const,
      maxPoints: 10,
    })),
  );
  return { tenantId, id, a, b, criteria: criteria as [string, string] };
}

/** The cluster's vote: open with both members as candidates, or closed with `a` leading. */
async function withVote(ctx: Ctx, state: 'OPEN' | 'BALLOT' | 'CLOSED') {
  const c = await withCluster(ctx);
  const voteId = newId();
  const closed = state === 'CLOSED';
  await ctx.db.insert(clusterVote).values({
    tenantId: c.tenantId,
    id: voteId,
    clusterId: c.id,
    year: 2025,
    status: closed ? 'CLOSED' : 'OPEN',
    openedBy: newId(),
    ...(closed ? { winnerUnitId: c.a.id, resultText: 'Dẫn đầu: 2/2 phiếu.', tieBroken: false } : {}),
  });
  const votes = state === 'OPEN' ? 0 : 1;
  await ctx.db.insert(clusterVoteCandidate).values([
    { tenantId: c.tenantId, voteId, unitId: c.a.id, rank: 1, votes },
    { tenantId: c.tenantId, voteId, unitId: c.b.id, rank: 2 },
  ]);
  if (votes)
    await ctx.db.insert(clusterVoteParticipation).values({ tenantId: c.tenantId, voteId, unitId: c.b.id });
  return c;
}

async function withScores(ctx: Ctx, count: 1 | 2) {
  const c = await withCluster(ctx);
  const ids = c.criteria.slice(0, count).map((criterionId) => {
    const sid = newId();
    return {
      tenantId: c.tenantId,
      id: sid,
      clusterId: c.id,
      criterionId,
      memberUnitId: c.b.id,
      assessorUnitId: c.b.id,
      kind: 'SELF' as const,
      value: 5,
      updatedBy: newId(),
    };
  });
  await ctx.db.insert(score).values(ids);
  return { ...c, scoreId: ids[0]!.id };
}

export const EMULATION_SAMPLES: Record<string, SampleSpec> = {
  'GET /api/movements': unscoped(async () => ({ path: '/api/movements?year=2025' })),
  'POST /api/movements': scoped(async ({ fx, scope }) => ({
    path: '/api/movements',
    body: {
      form: 'THUONG_XUYEN',
      ownerUnitId: targetOf(fx, scope).unit.id,
      title: 'Thi đua thường xuyên',
      year: 2025,
      launchingAuthority: 'Giám đốc',
      level: 'DON_VI',
      scope: 'CO_QUAN_DON_VI',
      participation: 'TENANT',
    },
  })),
  'GET /api/movements/{id}': scoped(async (ctx) => ({
    path: `/api/movements/${(await withMovement(ctx)).id}`,
  })),
  'PATCH /api/movements/{id}': scoped(async (ctx) => ({
    path: `/api/movements/${(await withMovement(ctx)).id}`,
    body: { version: 1, goals: 'Mục tiêu mới' },
  })),
  'POST /api/movements/{id}/transition': scoped(async (ctx) => ({
    path: `/api/movements/${(await withMovement(ctx)).id}/transition`,
    body: { version: 1, to: 'LAUNCHED' },
  })),
  'POST /api/movements/{id}/document': scoped(async (ctx) => ({
    path: `/api/movements/${(await withMovement(ctx)).id}/document?version=1&name=ke-hoach.pdf`,
    body: fileBody(realPdf(), 'application/pdf'),
  })),
  'POST /api/movements/{id}/awards': scoped(async (ctx) => {
    const m = await withMovement(ctx);
    const personId = await addPerson(ctx.db, m.tenantId, m.unit.id, 'Đỗ Thị Mai');
    return {
      path: `/api/movements/${m.id}/awards`,
      body: { subjectType: 'PERSON', subjectId: personId, awardCode: 'GIAY_KHEN', year: 2025 },
    };
  }),
  'GET /api/registrations': unscoped(async () => ({ path: '/api/registrations?year=2025' })),
  'GET /api/registrations/export.xlsx': unscoped(async () => ({
    path: '/api/registrations/export.xlsx?year=2025',
  })),
  'POST /api/registrations': scoped(async ({ fx, scope }) => ({
    path: '/api/registrations',
    body: { year: 2025, unitId: targetOf(fx, scope).unit.id, targetAwards: ['TTLDXS'] },
  })),
  'POST /api/registrations/import': unscoped(async () => {
    const file = await writeXlsx(
      'Đăng ký',
      [
        { header: 'Mã đơn vị', value: (r: string[]) => r[0] ?? null },
        { header: 'Tên đơn vị', value: () => null },
        { header: 'Cá nhân', value: () => null },
        { header: 'Danh hiệu đăng ký', value: (r: string[]) => r[1] ?? null },
      ],
      [['OWN-1', 'TTLDXS']],
    );
    return {
      path: '/api/registrations/import?year=2025&name=dang-ky.xlsx',
      body: fileBody(file),
    };
  }),
  'GET /api/clusters': unscoped(async () => ({ path: '/api/clusters?year=2025' })),
  'POST /api/clusters': scoped(async ({ db, fx, scope }) => {
    const t = targetOf(fx, scope);
    const [a, b] = [await addUnit(db, t.tenantId, t.unit), await addUnit(db, t.tenantId, t.unit)];
    return {
      path: '/api/clusters',
      body: {
        year: 2025,
        name: 'Khối mới',
        kind: 'KHOI',
        organiserLevel: 'TINH',
        organiserUnitId: t.unit.id,
        memberUnitIds: [a.id, b.id],
        headUnitId: a.id,
      },
    };
  }),
  'GET /api/clusters/{id}': scoped(async (ctx) => ({ path: `/api/clusters/${(await withCluster(ctx)).id}` })),
  'PATCH /api/clusters/{id}': scoped(async (ctx) => ({
    path: `/api/clusters/${(await withCluster(ctx)).id}`,
    body: { version: 1, tieBreak: 'SHARED' },
  })),
  'POST /api/clusters/{id}/leadership': scoped(async (ctx) => {
    const c = await withCluster(ctx);
    return {
      path: `/api/clusters/${c.id}/leadership`,
      body: { version: 1, termYear: 2026, headUnitId: c.b.id, deputyUnitId: c.a.id, electedOn: '2025-12-20' },
    };
  }),
  'POST /api/clusters/{id}/template': scoped(async (ctx) => ({
    path: `/api/clusters/${(await withCluster(ctx)).id}/template`,
    body: {
      name: 'Bảng mới',
      criteria: [{ groupName: 'I', code: '1', name: 'Chuyên môn', kind: 'STANDARD', maxPoints: 50 }],
    },
  })),
  'POST /api/clusters/{id}/pledges': scoped(async (ctx) => {
    const c = await withCluster(ctx);
    return {
      path: `/api/clusters/${c.id}/pledges`,
      body: {
        title: 'Giao ước 2025',
        signedOn: '2025-02-10',
        signatories: [{ unitId: c.a.id, signerName: 'Lê Văn Hòa' }],
      },
    };
  }),
  'GET /api/clusters/{id}/scores': scoped(async (ctx) => {
    const c = await withCluster(ctx);
    return { path: `/api/clusters/${c.id}/scores?memberUnitId=${c.b.id}&assessorUnitId=${c.b.id}` };
  }),
  'POST /api/clusters/{id}/scores': scoped(async (ctx) => {
    const c = await withCluster(ctx);
    return {
      path: `/api/clusters/${c.id}/scores`,
      body: {
        memberUnitId: c.b.id,
        assessorUnitId: c.b.id,
        entries: [{ criterionId: c.criteria[0], value: 7 }],
      },
    };
  }),
  'POST /api/clusters/{id}/scores/submit': scoped(async (ctx) => {
    const c = await withScores(ctx, 2);
    return {
      path: `/api/clusters/${c.id}/scores/submit`,
      body: { memberUnitId: c.b.id, assessorUnitId: c.b.id },
    };
  }),
  'GET /api/clusters/{id}/score-changes': scoped(async (ctx) => ({
    path: `/api/clusters/${(await withCluster(ctx)).id}/score-changes`,
  })),
  'POST /api/clusters/{id}/vote': scoped(async (ctx) => ({
    path: `/api/clusters/${(await withCluster(ctx)).id}/vote`,
    body: {},
  })),
  'POST /api/clusters/{id}/vote/ballots': scoped(async (ctx) => {
    const c = await withVote(ctx, 'OPEN');
    return {
      path: `/api/clusters/${c.id}/vote/ballots`,
      body: { voterUnitId: c.a.id, candidateUnitId: c.b.id },
    };
  }),
  'POST /api/clusters/{id}/vote/close': scoped(async (ctx) => ({
    path: `/api/clusters/${(await withVote(ctx, 'BALLOT')).id}/vote/close`,
    body: { version: 1 },
  })),
  'POST /api/clusters/{id}/vote/proposal': scoped(async (ctx) => ({
    path: `/api/clusters/${(await withVote(ctx, 'CLOSED')).id}/vote/proposal`,
    body: {},
  })),
  'PATCH /api/scores/{id}': scoped(async (ctx) => ({
    path: `/api/scores/${(await withScores(ctx, 1)).scoreId}`,
    body: { version: 1, value: 8 },
  })),
  'POST /api/scores/{id}/evidence': scoped(async (ctx) => ({
    path: `/api/scores/${(await withScores(ctx, 1)).scoreId}/evidence?name=minh-chung.pdf`,
    body: fileBody(realPdf(), 'application/pdf'),
  })),
};
