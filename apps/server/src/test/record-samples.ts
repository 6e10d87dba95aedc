import { loadConfig } from '../config/config';
import {
  annualRating,
  award,
  decision,
  discipline,
  hold,
  initiative,
  initiativeAuthor,
} from '../db/schema/index';
import { newId } from '../lib/ids';
import { storeUpload } from '../platform/upload/index';
import { addPerson, type Fixture } from './fixtures';
import type { SampleSpec, Scope } from './route-samples';

// Samples for the record routes (ratings, initiatives, discipline, holds, awards,
// decisions, timelines). Each write sample makes its own person or record, since the
// matrix replays it for every role.

function targetOf(fx: Fixture, scope: Scope) {
  if (scope === 'own') return { tenantId: fx.tenantA, unitId: fx.ownChild.id, person: fx.people.own };
  if (scope === 'otherUnit') return { tenantId: fx.tenantA, unitId: fx.other.id, person: fx.people.other };
  return { tenantId: fx.tenantB, unitId: fx.unitB.id, person: fx.people.tenantB };
}

let n = 0;
const unique = () => {
  n += 1;
  return `${Date.now().toString(36)}${n}`;
};

type Build = SampleSpec['build'];
const scoped = (build: Build): SampleSpec => ({ kind: 'scoped', build });

/** A fresh person in the target unit, so creates never collide (one rating per year). */
const freshPerson: (ctx: Parameters<Build>[0]) => Promise<{ tenantId: string; personId: string }> = async ({
  db,
  fx,
  scope,
}) => {
  const t = targetOf(fx, scope);
  return { tenantId: t.tenantId, personId: await addPerson(db, t.tenantId, t.unitId, 'Phan Thị Mẫu') };
};

const withRating: Build = async (ctx) => {
  const { tenantId, personId } = await freshPerson(ctx);
  const id = newId();
  await ctx.db
    .insert(annualRating)
    .values({ tenantId, id, subjectType: 'PERSON', subjectId: personId, year: 2023, rating: 'HTTNV' });
  return { path: `/api/ratings/${id}` };
};

const withInitiative: Build = async (ctx) => {
  const { tenantId, personId } = await freshPerson(ctx);
  const id = newId();
  await ctx.db
    .insert(initiative)
    .values({ tenantId, id, title: 'Cải tiến quy trình', scope: 'CO_SO', year: 2023 });
  await ctx.db.insert(initiativeAuthor).values({ tenantId, initiativeId: id, personId, sharePct: 100 });
  return { path: `/api/initiatives/${id}` };
};

const withDiscipline: Build = async (ctx) => {
  const { tenantId, personId } = await freshPerson(ctx);
  const id = newId();
  await ctx.db
    .insert(discipline)
    .values({ tenantId, id, subjectId: personId, form: 'KHIEN_TRACH', fromDate: '2022-01-01' });
  return { path: `/api/disciplines/${id}` };
};

const withHold: Build = async (ctx) => {
  const { tenantId, personId } = await freshPerson(ctx);
  const id = newId();
  await ctx.db
    .insert(hold)
    .values({ tenantId, id, subjectId: personId, reason: 'KHIEU_NAI', fromDate: '2024-01-01' });
  return { path: `/api/holds/${id}` };
};

const withAward: Build = async (ctx) => {
  const { tenantId, personId } = await freshPerson(ctx);
  const id = newId();
  await ctx.db
    .insert(award)
    .values({ tenantId, id, subjectType: 'PERSON', subjectId: personId, awardCode: 'LDTT', year: 2023 });
  return { path: `/api/awards/${id}` };
};

const withBody =
  (build: Build, suffix: string, body: unknown): Build =>
  async (ctx) => {
    const sample = await build(ctx);
    return { path: `${sample.path}${suffix}`, body };
  };

const PDF = Buffer.from('%PDF-1.4 minh chứng sáng kiến').toString('base64');
const evidence = {
  fileName: 'quyet-dinh.pdf',
  mimeType: 'application/pdf',
  bytes: Buffer.from(PDF, 'base64'),
};

/** A record with one evidence file already stored (bytes included, so the download works). */
const withFile =
  (build: Build, recordType: 'initiative' | 'award'): Build =>
  async (ctx) => {
    const sample = await build(ctx);
    const recordId = sample.path.split('/').pop()!;
    const { tenantId } = targetOf(ctx.fx, ctx.scope);
    const file = await ctx.db.transaction((tx) =>
      storeUpload(
        tx,
        loadConfig({}).dataDir,
        { tenantId, uploadedBy: null },
        { recordType, recordId },
        evidence,
      ),
    );
    return { path: `${sample.path}/files/${file.id}` };
  };

const fileSamples = (build: Build, recordType: 'initiative' | 'award', base: string) => ({
  [`GET /api/${base}/{id}/files`]: scoped(withBody(build, '/files', undefined)),
  [`POST /api/${base}/{id}/files`]: scoped(
    withBody(
      build,
      '/files?name=quyet-dinh.pdf',
      new Blob([Buffer.from(PDF, 'base64')], { type: 'application/pdf' }),
    ),
  ),
  [`GET /api/${base}/{id}/files/{fileId}`]: scoped(withFile(build, recordType)),
  [`DELETE /api/${base}/{id}/files/{fileId}`]: scoped(withFile(build, recordType)),
});

export const RECORD_SAMPLES: Record<string, SampleSpec> = {
  ...fileSamples(withInitiative, 'initiative', 'initiatives'),
  ...fileSamples(withAward, 'award', 'awards'),
  'POST /api/ratings': scoped(async (ctx) => ({
    path: '/api/ratings',
    body: { subjectId: (await freshPerson(ctx)).personId, year: 2024, rating: 'HTXSNV' },
  })),
  'PATCH /api/ratings/{id}': scoped(withBody(withRating, '', { version: 1, rating: 'HTXSNV' })),
  'DELETE /api/ratings/{id}': scoped(withRating),
  'POST /api/initiatives': scoped(async (ctx) => ({
    path: '/api/initiatives',
    body: {
      title: 'Số hóa hồ sơ thi đua',
      scope: 'CO_SO',
      year: 2024,
      authors: [{ personId: (await freshPerson(ctx)).personId, sharePct: 60 }],
    },
  })),
  'GET /api/initiatives/{id}': scoped(withInitiative),
  'PATCH /api/initiatives/{id}': scoped(withBody(withInitiative, '', { version: 1, scope: 'BO_TINH' })),
  'DELETE /api/initiatives/{id}': scoped(withInitiative),
  'POST /api/disciplines': scoped(async (ctx) => ({
    path: '/api/disciplines',
    body: { subjectId: (await freshPerson(ctx)).personId, form: 'CANH_CAO', fromDate: '2023-03-01' },
  })),
  'PATCH /api/disciplines/{id}': scoped(withBody(withDiscipline, '', { version: 1, toDate: '2023-01-01' })),
  'DELETE /api/disciplines/{id}': scoped(withDiscipline),
  'POST /api/holds': scoped(async (ctx) => ({
    path: '/api/holds',
    body: { subjectId: (await freshPerson(ctx)).personId, reason: 'THANH_TRA', fromDate: '2025-01-01' },
  })),
  'PATCH /api/holds/{id}': scoped(withBody(withHold, '', { version: 1, note: 'Đơn khiếu nại lần hai' })),
  'POST /api/holds/{id}/close': scoped(
    withBody(withHold, '/close', { toDate: '2025-02-01', closedReason: 'Đã có kết luận không vi phạm' }),
  ),
  'DELETE /api/holds/{id}': scoped(withHold),
  'POST /api/awards': scoped(async (ctx) => ({
    path: '/api/awards',
    body: {
      subjectId: (await freshPerson(ctx)).personId,
      awardCode: 'LDTT',
      year: 2024,
      decisionNumber: `${unique()}/QĐ-UBND`,
      decisionDate: '2025-01-15',
    },
  })),
  'PATCH /api/awards/{id}': scoped(
    withBody(withAward, '', { version: 1, achievement: 'Hoàn thành xuất sắc' }),
  ),
  'POST /api/awards/{id}/revoke': scoped(
    withBody(withAward, '/revoke', { version: 1, ground: 'A', revokedOn: '2025-03-01' }),
  ),
  'DELETE /api/awards/{id}': scoped(withAward),
  'GET /api/awards': scoped(async ({ fx, scope }) => ({
    path: `/api/awards?unitId=${targetOf(fx, scope).unitId}`,
  })),
  'GET /api/awards/export.xlsx': scoped(async ({ fx, scope }) => ({
    path: `/api/awards/export.xlsx?unitId=${targetOf(fx, scope).unitId}`,
  })),
  'GET /api/decisions': { kind: 'unscoped', build: async () => ({ path: '/api/decisions' }) },
  'GET /api/decisions/{id}': {
    kind: 'unscoped',
    build: async ({ db, fx }) => {
      const id = newId();
      await db.insert(decision).values({
        tenantId: fx.tenantA,
        id,
        number: `${unique()}/QĐ-SGD`,
        signedOn: '2025-01-10',
        issuer: 'Sở Giáo dục',
      });
      return { path: `/api/decisions/${id}` };
    },
  },
  'POST /api/decisions': {
    kind: 'unscoped',
    build: async () => ({
      path: '/api/decisions',
      body: {
        number: `${unique()}/QĐ-UBND`,
        signedOn: '2025-01-10',
        issuer: 'Bộ Nội vụ',
        signer: 'Nguyễn Văn A',
      },
    }),
  },
  'GET /api/people/{id}/timeline': scoped(async ({ fx, scope }) => ({
    path: `/api/people/${targetOf(fx, scope).person}/timeline`,
  })),
  'GET /api/org-units/{id}/timeline': scoped(async ({ fx, scope }) => ({
    path: `/api/org-units/${targetOf(fx, scope).unitId}/timeline`,
  })),
};
