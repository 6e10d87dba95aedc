import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { exchangePackage, tenant } from '../db/schema/index';
import { newId } from '../lib/ids';
import { createTenant } from '../modules/tenants/tenant-setup';
import { seedProposal, unique, v1 } from './proposal-seeds';
import type { SampleSpec } from './route-samples';
import { ensureTestSeal } from './throwaway-ca';

/** The sample's tenant may send up: a parent tenant in this deployment and a seal. */
async function withParentAndSeal(db: Db, tenantId: string) {
  const [row] = await db
    .select({ parent: tenant.parentTenantId })
    .from(tenant)
    .where(eq(tenant.tenantId, tenantId));
  if (!row?.parent) {
    const parent = await createTenant(db, {
      code: `TW${unique()}`,
      name: 'Trung ương (mẫu)',
      kind: 'NATIONAL',
    });
    await db.update(tenant).set({ parentTenantId: parent }).where(eq(tenant.tenantId, tenantId));
  }
  await ensureTestSeal(db, tenantId);
}

// Samples for the dossier sent to the upper level (modules/upper-level): sending a proposal that
// waits for the upper level, and downloading its package (a stored OUT row of the scope's tenant).
export const UPPER_LEVEL_SAMPLES: Record<string, SampleSpec> = {
  'POST /api/proposals/{id}/send-up': {
    kind: 'scoped',
    build: async ({ db, fx, scope }) => {
      const p = await seedProposal(db, fx, scope, {
        state: 'PROPOSED_UP',
        requirements: { proposeUp: true },
        appraised: true,
      });
      await withParentAndSeal(db, p.tenantId);
      return { path: `/api/proposals/${p.id}/send-up`, body: v1 };
    },
  },
  'GET /api/exchange/outgoing/{id}/file': {
    kind: 'scoped',
    build: async ({ db, fx, scope }) => {
      const p = await seedProposal(db, fx, scope, {
        state: 'PROPOSED_UP',
        requirements: { proposeUp: true },
      });
      const id = newId();
      await db.insert(exchangePackage).values({
        tenantId: p.tenantId,
        id,
        direction: 'OUT',
        packageId: newId(),
        version: 1,
        kind: 'DOSSIER',
        peerTenantCode: 'TW-MAU',
        manifest: {},
        status: 'DOWNLOADABLE',
        transport: 'FILE',
        envelope: '{"format":"vinhdanh-package-envelope/1"}',
        proposalId: p.id,
      });
      return { path: `/api/exchange/outgoing/${id}/file` };
    },
  },
};
