import sharp from 'sharp';
import { loadConfig } from '../config/config';
import { exemplaryModel, exemplaryModelPhoto, storedFile } from '../db/schema/index';
import { newId } from '../lib/ids';
import { storageFor } from '../lib/storage';
import type { Fixture, Unit } from './fixtures';
import type { SampleSpec, Scope } from './route-samples';

// Samples for exemplary models. Each write sample inserts its own model, since the matrix replays
// it for every role × scope. The office's routes are tenant-wide: every matrix user is refused.

type Build = SampleSpec['build'];
type Ctx = Parameters<Build>[0];
const scoped = (build: Build): SampleSpec => ({ kind: 'scoped', build });
const unscoped = (build: Build): SampleSpec => ({ kind: 'unscoped', build });
const tenantWide = (path: string, body?: unknown): SampleSpec => ({
  kind: 'tenantWide',
  build: async () => ({ path, body }),
});

function targetOf(fx: Fixture, scope: Scope): { tenantId: string; unit: Unit; root: Unit } {
  if (scope === 'own') return { tenantId: fx.tenantA, unit: fx.ownChild, root: fx.root };
  if (scope === 'otherUnit') return { tenantId: fx.tenantA, unit: fx.other, root: fx.root };
  return { tenantId: fx.tenantB, unit: fx.unitB, root: fx.rootB };
}

const someId = '01900000-0000-7000-8000-000000000002';
const fields = {
  kind: 'PRACTICE',
  title: 'Cách làm hay: một cửa liên thông',
  story: 'Đơn vị rút ngắn thời gian giải quyết hồ sơ nhờ tiếp nhận một cửa, liên thông.',
};

/** A model of the target unit (a draft unless given), or of the tenant's root when it is published. */
async function withModel(ctx: Ctx, status: 'DRAFT' | 'APPROVED' = 'DRAFT') {
  const t = targetOf(ctx.fx, ctx.scope);
  const id = newId();
  await ctx.db.insert(exemplaryModel).values({
    tenantId: t.tenantId,
    id,
    unitId: status === 'APPROVED' ? t.root.id : t.unit.id,
    ...(fields as { kind: 'PRACTICE'; title: string; story: string }),
    status,
    publishedAt: status === 'APPROVED' ? new Date() : null,
    createdBy: someId,
  });
  return { ...t, id };
}

const jpeg = () =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: '#c00' } })
    .jpeg()
    .toBuffer();

async function withPhoto(ctx: Ctx) {
  const m = await withModel(ctx);
  const stored = await storageFor(loadConfig({}).dataDir).put(new Uint8Array(await jpeg()));
  const fileId = newId();
  const photoId = newId();
  await ctx.db.insert(storedFile).values({
    tenantId: m.tenantId,
    id: fileId,
    name: 'anh.jpg',
    mimeType: 'image/jpeg',
    sizeBytes: stored.sizeBytes,
    sha256: stored.sha256,
    storageKey: stored.key,
  });
  await ctx.db.insert(exemplaryModelPhoto).values({
    tenantId: m.tenantId,
    id: photoId,
    modelId: m.id,
    fileId,
    width: 8,
    height: 8,
    createdBy: someId,
  });
  return { path: `/api/models/${m.id}/photos/${photoId}` };
}

export const MODEL_SAMPLES: Record<string, SampleSpec> = {
  'GET /api/models': unscoped(async () => ({ path: '/api/models' })),
  'GET /api/models/published': unscoped(async () => ({ path: '/api/models/published' })),
  'GET /api/models/review-queue': tenantWide('/api/models/review-queue'),
  'POST /api/models': scoped(async (ctx) => ({
    path: '/api/models',
    body: { unitId: targetOf(ctx.fx, ctx.scope).unit.id, ...fields },
  })),
  'GET /api/models/{id}': scoped(async (ctx) => ({ path: `/api/models/${(await withModel(ctx)).id}` })),
  'PUT /api/models/{id}': scoped(async (ctx) => ({
    path: `/api/models/${(await withModel(ctx)).id}`,
    body: fields,
  })),
  'POST /api/models/{id}/submit': scoped(async (ctx) => ({
    path: `/api/models/${(await withModel(ctx)).id}/submit`,
    body: {},
  })),
  'POST /api/models/{id}/return': tenantWide(`/api/models/${someId}/return`, {
    reason: 'Cần bổ sung số liệu',
  }),
  'POST /api/models/{id}/approve': tenantWide(`/api/models/${someId}/approve`, {}),
  'POST /api/models/{id}/photos': scoped(async (ctx) => ({
    path: `/api/models/${(await withModel(ctx)).id}/photos?name=anh.jpg`,
    body: new Blob([new Uint8Array(await jpeg())], { type: 'image/jpeg' }),
  })),
  'GET /api/models/{id}/photos/{photoId}': scoped(withPhoto),
  'GET /api/model-conferences': tenantWide('/api/model-conferences'),
  'POST /api/model-conferences': tenantWide('/api/model-conferences', {
    title: 'Hội nghị điển hình tiên tiến',
    heldOn: '2026-12-20',
    venue: 'Hội trường tỉnh',
  }),
  'GET /api/model-conferences/{id}': tenantWide(`/api/model-conferences/${someId}`),
  'POST /api/model-conferences/{id}/honourees': tenantWide(`/api/model-conferences/${someId}/honourees`, {
    modelId: someId,
  }),
  'GET /api/model-conferences/{id}/honour-list.docx': tenantWide(
    `/api/model-conferences/${someId}/honour-list.docx`,
  ),
  'GET /api/model-conferences/{id}/invitations.docx': tenantWide(
    `/api/model-conferences/${someId}/invitations.docx`,
  ),
  // A published model (any unit may adopt it); the adopting unit is the one in or out of scope.
  'POST /api/models/{id}/adoptions': scoped(async (ctx) => {
    const m = await withModel(ctx, 'APPROVED');
    return { path: `/api/models/${m.id}/adoptions`, body: { unitId: m.unit.id, note: 'Đơn vị đã áp dụng' } };
  }),
};
