import { isMinutesComponent } from '@vinhdanh/domain/workflow/requirements';
import { SUBMITTER_STATES } from '@vinhdanh/domain/workflow/states';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { appUser, proposalComponent } from '../../db/schema/index';
import { requireAccess } from '../../lib/access';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { proposalRef } from './proposal-access';
import { recordStep } from './proposal-command';
import { proposalView } from './proposal-view';
import { bumpVersion, listComponents } from './proposals.repository';

// "Biên bản xét khen thưởng" of the unit: the system can draft it, but a draft proves nothing
// until the unit's leader confirms it (or a signed copy is uploaded). The history names who did.

/**
 * Whether a component row counts as present. A generated minutes draft counts only once
 * confirmed; other generated documents (tờ trình, báo cáo) count as generated.
 */
export const componentCounts = (
  name: string,
  c: { isGenerated: boolean; confirmedBy: string | null } | undefined,
) => c !== undefined && (!isMinutesComponent(name) || !c.isGenerated || c.confirmedBy !== null);

/** The unit's leader (`minutes:confirm`, home unit = the submitting unit) confirms the generated draft. */
export async function confirmMinutes(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: { expectedVersion: number; component: string },
) {
  const p = await requireAccess(db, ctx, 'minutes:confirm', proposalRef(id, 'SUBMITTER'));
  const [me] = await db
    .select({ unitId: appUser.unitId, fullName: appUser.fullName })
    .from(appUser)
    .where(and(eq(appUser.tenantId, p.tenantId), eq(appUser.id, ctx.actor.userId)));
  // The permission is the leader's; the unit must be the leader's own, not one below it.
  if (me?.unitId !== p.submittingUnitId) throw new AppError('MINUTES_CONFIRM_NOT_LEADER');
  await db.transaction(async (tx) => {
    const locked = await bumpVersion(tx, p.tenantId, id, input.expectedVersion);
    if (!locked) throw new AppError('VERSION_CONFLICT');
    if (!(SUBMITTER_STATES as readonly string[]).includes(locked.state))
      throw new AppError('INVALID_TRANSITION');
    const c = (await listComponents(tx, p.tenantId, id)).find((x) => x.name === input.component);
    if (!isMinutesComponent(input.component) || !c?.isGenerated || c.confirmedBy !== null)
      throw new AppError('MINUTES_NOT_DRAFT');
    await tx
      .update(proposalComponent)
      .set({ confirmedBy: ctx.actor.userId, confirmedAt: new Date().toISOString() })
      .where(
        and(
          eq(proposalComponent.tenantId, p.tenantId),
          eq(proposalComponent.proposalId, id),
          eq(proposalComponent.name, input.component),
        ),
      );
    await recordStep(tx, ctx, locked, 'confirmMinutes', locked.state, {
      component: input.component,
      confirmedBy: me.fullName,
    });
  });
  const view = await proposalView(db, ctx.actor, id);
  if (!view) throw new AppError('PROPOSAL_NOT_FOUND');
  return view;
}
