import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { queryRows } from '../../db/query-rows';
import { appUser, decision, person, proposal, proposalDecision } from '../../db/schema/index';
import { AppError } from '../../lib/errors';
import type { ProposalRow } from '../proposals/index';

// Two safeguards of a decision the law relies on, checked inside the issuing transaction.

/**
 * The decision cannot precede the council: its date must be on or after the day the last session
 * that voted on the proposal closed (a decision dated before the vote would not rest on it).
 */
export async function assertAfterCouncil(tx: Tx, p: ProposalRow, signedOn: string) {
  const [row] = await queryRows<{ closedOn: string | null }>(
    tx,
    sql`SELECT max(s.closed_on)::text AS "closedOn" FROM council_session s
        WHERE s.tenant_id = ${p.tenantId} AND s.status = 'CLOSED' AND EXISTS (
          SELECT 1 FROM council_agenda_item a
          WHERE a.tenant_id = s.tenant_id AND a.session_id = s.id AND a.proposal_id = ${p.id}::uuid)`,
  );
  const closedOn = row?.closedOn ?? null;
  if (closedOn !== null && signedOn < closedOn)
    throw new AppError('DECISION_BEFORE_COUNCIL', [
      {
        path: 'signedOn',
        message: `Hội đồng kết thúc phiên họp ngày ${closedOn.split('-').reverse().join('/')}; quyết định phải ký từ ngày đó trở đi.`,
      },
    ]);
}

/**
 * The signer holds the leader role at the deciding unit (the route's last level): a leader of
 * another unit, or an administrator, cannot sign for it. The account entering the decision may be
 * someone else (a clerk with `decision:issue`) naming the leader who signed.
 */
export async function signerAtDecidingUnit(tx: Tx, p: ProposalRow, signerUserId: string) {
  const decidingUnit = p.levels[p.levels.length - 1] ?? p.submittingUnitId;
  return leaderAtUnit(tx, p.tenantId, decidingUnit, signerUserId);
}

/** The account holds the leader role at the unit, or SIGNER_NOT_LEADER; its linked person too. */
export async function leaderAtUnit(
  tx: Db | Tx,
  tenantId: string,
  unitId: string | null,
  signerUserId: string,
) {
  const [u] = await tx
    .select({
      fullName: appUser.fullName,
      roles: appUser.roles,
      unitId: appUser.unitId,
      positionTitle: appUser.positionTitle,
      personId: appUser.personId,
      personName: person.fullName,
    })
    .from(appUser)
    .leftJoin(person, and(eq(person.tenantId, appUser.tenantId), eq(person.id, appUser.personId)))
    .where(and(eq(appUser.tenantId, tenantId), eq(appUser.id, signerUserId)));
  if (!u?.roles.includes('LEADER') || u.unitId !== unitId)
    throw new AppError('SIGNER_NOT_LEADER', [
      { path: 'signerUserId', message: 'Người ký không phải lãnh đạo của đơn vị ra quyết định' },
    ]);
  return {
    fullName: u.fullName,
    positionTitle: u.positionTitle,
    personId: u.personId,
    personName: u.personName,
  };
}

/**
 * The unit that decided a decision: the last level of the proposal it answered, or the unit of
 * the tenant whose register holds it (a decision entered by hand); null for an outside issuer.
 */
export async function decidingUnitOf(
  tx: Db | Tx,
  tenantId: string,
  decisionId: string,
): Promise<string | null> {
  const [p] = await tx
    .select({ levels: proposal.levels, submittingUnitId: proposal.submittingUnitId })
    .from(proposalDecision)
    .innerJoin(
      proposal,
      and(eq(proposal.tenantId, proposalDecision.tenantId), eq(proposal.id, proposalDecision.proposalId)),
    )
    .where(and(eq(proposalDecision.tenantId, tenantId), eq(proposalDecision.decisionId, decisionId)));
  if (p) return p.levels[p.levels.length - 1] ?? p.submittingUnitId;
  const [d] = await tx
    .select({ issuerUnitId: decision.issuerUnitId })
    .from(decision)
    .where(and(eq(decision.tenantId, tenantId), eq(decision.id, decisionId)));
  return d?.issuerUnitId ?? null;
}

/** "Phó Chủ tịch", "Phó Giám đốc": a deputy, who signs "KT." for the head unless told otherwise. */
export const isDeputyPosition = (position: string | null): boolean =>
  position !== null && /^phó(\s|$)/iu.test(position.trim());
