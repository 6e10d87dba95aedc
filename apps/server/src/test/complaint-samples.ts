import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { appUser, complaint, complaintParty } from '../db/schema/index';
import { newId } from '../lib/ids';
import { newTrackingCode } from '../modules/complaints/complaints.service';
import type { Fixture } from './fixtures';
import type { SampleSpec, Scope } from './route-samples';

// Complaint route samples: cases seeded straight into the scope's unit, assigned to the caller
// where a step needs the assigned handler.

function target(fx: Fixture, scope: Scope) {
  if (scope === 'own') return { tenantId: fx.tenantA, unitId: fx.ownChild.id, person: fx.people.own };
  if (scope === 'otherUnit') return { tenantId: fx.tenantA, unitId: fx.other.id, person: fx.people.other };
  return { tenantId: fx.tenantB, unitId: fx.unitB.id, person: fx.people.tenantB };
}

async function userIdOf(db: Db, username: string) {
  const [u] = await db.select({ id: appUser.id }).from(appUser).where(eq(appUser.username, username));
  return u?.id ?? null;
}

export async function seedComplaint(
  db: Db,
  fx: Fixture,
  scope: Scope,
  opts: { state?: string; handler?: string | null; kind?: 'KHIEU_NAI' | 'TO_CAO' } = {},
) {
  const t = target(fx, scope);
  const id = newId();
  await db.insert(complaint).values({
    tenantId: t.tenantId,
    id,
    trackingCode: newTrackingCode(),
    channel: 'PAPER',
    filedAs: 'TO_CAO',
    kind: opts.state && opts.state !== 'RECEIVED' ? (opts.kind ?? 'TO_CAO') : null,
    subjectType: 'PERSON',
    subjectId: t.person,
    subjectName: 'Người bị tố cáo',
    content: 'Nội dung tố cáo về việc kê khai thành tích không đúng sự thật.',
    state: opts.state ?? 'RECEIVED',
    unitId: t.unitId,
    receivedOn: '2026-11-02',
    classificationDueOn: '2026-11-11',
    acceptedOn: opts.state === 'ACCEPTED' ? '2026-11-05' : null,
    resolutionDueOn: opts.state === 'ACCEPTED' ? '2026-12-07' : null,
    handlerId: opts.handler ?? null,
  });
  await db.insert(complaintParty).values({
    tenantId: t.tenantId,
    complaintId: id,
    fullName: 'Người Tố Cáo Bí Mật',
    contact: 'nguoitocao@example.vn',
    address: 'Số 9 đường Bí Mật',
  });
  return id;
}

const assigned =
  (state: string) =>
  async ({ db, fx, scope, username }: Parameters<SampleSpec['build']>[0]) =>
    seedComplaint(db, fx, scope, { state, handler: await userIdOf(db, username) });

export const COMPLAINT_SAMPLES: Record<string, SampleSpec> = {
  'GET /api/complaints': { kind: 'unscoped', build: async () => ({ path: '/api/complaints' }) },
  'POST /api/complaints': {
    kind: 'scoped',
    build: async ({ fx, scope }) => ({
      path: '/api/complaints',
      body: {
        filedAs: 'TO_CAO',
        subjectId: target(fx, scope).person,
        subjectName: 'Người bị tố cáo',
        content: 'Đơn giấy: tố cáo kê khai thành tích không trung thực.',
        fullName: 'Nguyễn Văn Gửi',
        contact: '0900000000',
      },
    }),
  },
  'GET /api/complaints/{id}': {
    kind: 'scoped',
    build: async ({ db, fx, scope }) => ({ path: `/api/complaints/${await seedComplaint(db, fx, scope)}` }),
  },
  'GET /api/complaints/{id}/party': {
    kind: 'scoped',
    build: async (ctx) => ({ path: `/api/complaints/${await assigned('CLASSIFIED')(ctx)}/party` }),
  },
  'POST /api/complaints/{id}/classify': {
    kind: 'scoped',
    build: async ({ db, fx, scope }) => ({
      path: `/api/complaints/${await seedComplaint(db, fx, scope)}/classify`,
      body: { expectedVersion: 1, kind: 'TO_CAO', isCompetent: true },
    }),
  },
  'POST /api/complaints/{id}/accept': {
    kind: 'scoped',
    build: async (ctx) => ({
      path: `/api/complaints/${await assigned('CLASSIFIED')(ctx)}/accept`,
      body: { expectedVersion: 1 },
    }),
  },
  'POST /api/complaints/{id}/verify': {
    kind: 'scoped',
    build: async (ctx) => ({
      path: `/api/complaints/${await assigned('ACCEPTED')(ctx)}/verify`,
      body: { expectedVersion: 1 },
    }),
  },
  'POST /api/complaints/{id}/conclude': {
    kind: 'scoped',
    build: async (ctx) => ({
      path: `/api/complaints/${await assigned('ACCEPTED')(ctx)}/conclude`,
      body: {
        expectedVersion: 1,
        outcome: 'REJECTED',
        conclusion: 'Nội dung tố cáo không có cơ sở.',
        answer: 'Tố cáo không đúng, hồ sơ tiếp tục được xét.',
      },
    }),
  },
};
