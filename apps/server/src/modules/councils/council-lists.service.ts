import { decide } from '@vinhdanh/domain/auth/policy';
import type { Db } from '../../db/client';
import { requireAccess } from '../../lib/access';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { todayVn } from '../../platform/clock';
import { unitRef } from '../org-units/index';
import { loadTenantRuleSets } from '../rule-params/index';
import { listAwaitingCouncil, listSessionsInScope, listUsersCovering } from './council-lists.repository';
import type { ListSessionsQuery } from './councils.schemas';

/**
 * Only holders of the council-member role sit on a council. Administrators also carry
 * `council:vote` (they hold every permission) but are not offered: createSession refuses them.
 */
const MEMBER_ROLES = ['COUNCIL_MEMBER'];

/**
 * Sessions in the actor's subtree. Same permission and scope as reading one session (getSession),
 * so the list holds exactly the sessions the actor can open.
 */
export async function listSessions(db: Db, ctx: RequestContext, q: ListSessionsQuery) {
  authorize(ctx.actor, 'proposal:read');
  const { rows, total } = await listSessionsInScope(
    db,
    ctx.actor.tenantId,
    ctx.actor.scopePath,
    q.status,
    q.pageSize,
    (q.page - 1) * q.pageSize,
  );
  return { items: rows, total, page: q.page, pageSize: q.pageSize };
}

/** The unit whose council the secretary convenes, within the secretary's scope. */
/** Who may sit on the unit's council: council members whose scope covers the unit. */
export async function listMemberCandidates(db: Db, ctx: RequestContext, unitId: string) {
  const unit = await requireAccess(db, ctx, 'council:manage', { ...unitRef(unitId), precheck: decide });
  const rows = await listUsersCovering(db, ctx.actor.tenantId, unit.path, MEMBER_ROLES);
  const ruleSet = (await loadTenantRuleSets(db, ctx.actor.tenantId)).at(todayVn());
  return {
    /** The tenant's minimum council size (rule parameter), so the form can say it before sending. */
    minMembers: ruleSet.params.councilMinMembers,
    items: rows.map((r) => ({
      id: r.id,
      fullName: r.fullName,
      roles: r.roles,
      unitName: r.unitName,
      // The account's person record: conflicts of interest check it as well as the unit.
      personId: r.personId ?? null,
    })),
  };
}

/** Proposals the unit's council has to vote on and no open session has taken up yet. */
export async function listProposalCandidates(db: Db, ctx: RequestContext, unitId: string) {
  const unit = await requireAccess(db, ctx, 'council:manage', { ...unitRef(unitId), precheck: decide });
  return { items: await listAwaitingCouncil(db, ctx.actor.tenantId, unit.id) };
}
