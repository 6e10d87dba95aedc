import { tenantRootPath } from '@vinhdanh/domain/auth/policy';
import { DECISION_LEVELS } from '@vinhdanh/domain/portal/decision-level';
import { ONLINE_PROCEDURES } from '@vinhdanh/domain/workflow/online-procedures';
import type { Db } from '../../db/client';
import { requireAccess, TENANT_ROOT } from '../../lib/access';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { appendAudit } from '../../platform/audit/append-audit';
import { loadPortalSettings, type PortalSettings, savePortalSettings } from './portal-settings.repository';
import type { PortalSettingsInput } from './portal-settings.schemas';

export async function getPortalSettings(db: Db, ctx: RequestContext): Promise<PortalSettings> {
  authorize(ctx.actor, 'portal:manage', { tenantId: ctx.actor.tenantId, path: tenantRootPath(ctx.actor) });
  return loadPortalSettings(db, ctx.actor.tenantId);
}

/** What the whole tenant publishes: only an actor scoped to the tenant root decides it. Audited. */
export async function updatePortalSettings(
  db: Db,
  ctx: RequestContext,
  input: PortalSettingsInput,
): Promise<PortalSettings> {
  await requireAccess(db, ctx, 'portal:manage', TENANT_ROOT);
  const tenantId = ctx.actor.tenantId;
  let after: PortalSettings | undefined;
  await db.transaction(async (tx) => {
    const before = await loadPortalSettings(tx, tenantId);
    // Stored in the catalogue's order, so the audit trail compares like with like.
    const online = input.onlineProcedures ?? before.onlineProcedures;
    after = {
      publishedLevels: DECISION_LEVELS.filter((l) => input.publishedLevels.includes(l)),
      onlineProcedures: ONLINE_PROCEDURES.filter((p) => online.includes(p)),
    };
    await savePortalSettings(tx, tenantId, after);
    await appendAudit(tx, {
      tenantId,
      actorId: ctx.actor.userId,
      action: 'portalSettings.update',
      entityType: 'portalSettings',
      entityId: tenantId,
      before,
      after,
      requestId: ctx.requestId,
    });
  });
  return after as PortalSettings;
}
