import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { queryRows } from '../../db/query-rows';
import { appUser } from '../../db/schema/index';
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
  const [u] = await tx
    .select({
      fullName: appUser.fullName,
      roles: appUser.roles,
      unitId: appUser.unitId,
      positionTitle: appUser.positionTitle,
    })
    .from(appUser)
    .where(and(eq(appUser.tenantId, p.tenantId), eq(appUser.id, signerUserId)));
  if (!u?.roles.includes('LEADER') || u.unitId !== decidingUnit)
    throw new AppError('SIGNER_NOT_LEADER', [
      { path: 'signerUserId', message: 'Người ký không phải lãnh đạo của đơn vị ra quyết định' },
    ]);
  return { fullName: u.fullName, positionTitle: u.positionTitle };
}

/** "Phó Chủ tịch", "Phó Giám đốc": a deputy, who signs "KT." for the head unless told otherwise. */
export const isDeputyPosition = (position: string | null): boolean =>
  position !== null && /^phó(\s|$)/iu.test(position.trim());
