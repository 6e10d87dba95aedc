import { checkCoCpCap } from '@vinhdanh/domain/emulation/co-cp-cap';
import { and, eq, ne, notInArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { proposal, proposalItem, tenant } from '../../db/schema/index';
import { AppError } from '../../lib/errors';
import { countClusterLeaders } from '../clusters/index';
import { loadTenantRuleSets } from '../rule-params/index';
import type { ProposalRow } from './proposals.repository';

// The province's (or ministry's) Cờ thi đua của Chính phủ proposals are capped by the rule set:
// at most a share of its cluster and bloc leaders of the year (CV 5007/BNV-TĐKT: 20%, rounded down).
// Checked when a proposal with Cờ CP items is submitted, against every other Cờ CP item of the year
// already sent (states past the unit, not rejected). The tenant row is locked, so two submissions
// cannot both take the last place.

const NOT_SENT = ['DRAFT', 'UNIT_REVIEW', 'REJECTED'];

export async function enforceCoCpCap(tx: Tx, p: ProposalRow) {
  const own = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(proposalItem)
    .where(
      and(
        eq(proposalItem.tenantId, p.tenantId),
        eq(proposalItem.proposalId, p.id),
        eq(proposalItem.awardCode, 'CO_CP'),
      ),
    );
  const mine = own[0]?.n ?? 0;
  if (mine === 0) return;
  await tx.select({ id: tenant.tenantId }).from(tenant).where(eq(tenant.tenantId, p.tenantId)).for('update');
  const [others] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(proposalItem)
    .innerJoin(
      proposal,
      and(eq(proposal.tenantId, proposalItem.tenantId), eq(proposal.id, proposalItem.proposalId)),
    )
    .where(
      and(
        eq(proposalItem.tenantId, p.tenantId),
        eq(proposalItem.awardCode, 'CO_CP'),
        eq(proposal.year, p.year),
        ne(proposal.id, p.id),
        notInArray(proposal.state, NOT_SENT),
      ),
    );
  const sent = others?.n ?? 0;
  const leaders = await countClusterLeaders(tx, p.tenantId, p.year);
  const ruleSet = (await loadTenantRuleSets(tx as unknown as Db, p.tenantId)).ofYear(p.year);
  const cap = checkCoCpCap(ruleSet, leaders, sent + mine);
  if (cap.ok || !cap.result) return;
  const r = cap.result;
  const raw = String(Math.round((r.raw ?? 0) * 100) / 100).replace('.', ',');
  const way = r.rounding === 'FLOOR' ? 'làm tròn xuống' : r.rounding === 'CEIL' ? 'làm tròn lên' : 'làm tròn';
  const message =
    `Vượt tỷ lệ Cờ thi đua của Chính phủ năm ${p.year}: tối đa ${r.pct}% số đơn vị dẫn đầu cụm, khối ` +
    `(${leaders} đơn vị × ${r.pct}% = ${raw}, ${way} còn ${r.limit}). Đã trình ${sent}, hồ sơ này thêm ${mine}. ` +
    `Căn cứ: ${r.citation}.`;
  throw new AppError('CO_CP_CAP_EXCEEDED', [{ path: 'items', message }], message);
}
