import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { appUser, importJob } from '../db/schema/index';
import { newId } from '../lib/ids';
import type { SampleSpec } from './route-samples';

/** A dry-run job owned by the sampled user (only its author may read or commit it). */
async function ownJob(db: Db, tenantId: string, username: string): Promise<string> {
  const [user] = await db.select({ id: appUser.id }).from(appUser).where(eq(appUser.username, username));
  const id = newId();
  await db.insert(importJob).values({
    tenantId,
    id,
    kind: 'ratings',
    fileName: 'mau.csv',
    fileSha256: '0'.repeat(64),
    report: { problems: [], problemCount: 0, matches: [], counts: {} },
    rows: [],
    createdBy: user?.id ?? null,
  });
  return id;
}

const HEADER_ONLY_CSV = Buffer.from('Họ và tên,Mã đơn vị,Năm,Mức xếp loại\n').toString('base64');

/** Samples of the import routes; rows outside the actor's scope are row errors, not refusals. */
export const IMPORT_SAMPLES: Record<string, SampleSpec> = {
  'GET /api/imports/templates/{file}': {
    kind: 'unscoped',
    build: async () => ({ path: '/api/imports/templates/awards.xlsx' }),
  },
  'GET /api/imports/exports/{file}': {
    kind: 'scoped',
    build: async ({ fx, scope }) => {
      const unit = scope === 'own' ? fx.ownChild : scope === 'otherUnit' ? fx.other : fx.unitB;
      return { path: `/api/imports/exports/people.xlsx?unitId=${unit.id}` };
    },
  },
  'POST /api/imports': {
    kind: 'unscoped',
    build: async () => ({
      path: '/api/imports',
      body: { kind: 'ratings', fileName: 'xep-loai.csv', contentBase64: HEADER_ONLY_CSV },
    }),
  },
  'GET /api/imports/{id}': {
    kind: 'unscoped',
    build: async ({ db, fx, username }) => ({
      path: `/api/imports/${await ownJob(db, fx.tenantA, username)}`,
    }),
  },
  'POST /api/imports/{id}/commit': {
    kind: 'unscoped',
    build: async ({ db, fx, username }) => ({
      path: `/api/imports/${await ownJob(db, fx.tenantA, username)}/commit`,
      body: { confirmations: [] },
    }),
  },
};
