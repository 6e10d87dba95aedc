import type { EarlierPayment } from '@vinhdanh/domain/rules/money-principles';
import type { AwardCode } from '@vinhdanh/domain/rules/types';
import { and, eq, inArray, isNotNull, lt, ne } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { award, decision } from '../../db/schema/index';
import { requireAccess } from '../../lib/access';
import type { RequestContext } from '../../lib/context';
import { writeWorkbook } from '../../lib/xlsx';
import { type DecisionAwardRow, decisionRef, listDecisionAwards } from '../records/index';
import { loadTenantRuleSets } from '../rule-params/index';
import { summariseDecisionMoney } from './money-summary';
import type { MoneySummary } from './money-summary.schemas';

/** The money of one decision, read in the scope of the unit that proposed it. */
export async function loadDecisionMoneySummary(
  db: Db,
  ctx: RequestContext,
  decisionId: string,
): Promise<MoneySummary> {
  const { decision } = await requireAccess(db, ctx, 'document:generate', decisionRef(decisionId));
  return computeDecisionMoneySummary(db, ctx.actor.tenantId, decision);
}

/**
 * The money of one decision with no access check: for callers that have authorized already (the
 * fund pays exactly these `payableVnd` amounts, so the law is applied in one place).
 */
export async function computeDecisionMoneySummary(
  db: Db | Tx,
  tenantId: string,
  decision: MoneySummary['decision'],
): Promise<MoneySummary> {
  const awards = await listDecisionAwards(db, tenantId, decision.id);
  // Only for showing the coefficient: the rule set in force on the signing date, as when issued.
  const ruleSet = (await loadTenantRuleSets(db as Db, tenantId)).at(decision.signedOn);
  const earlier = await earlierPaidTitles(db, tenantId, decision, awards);
  return summariseDecisionMoney(
    { id: decision.id, number: decision.number, signedOn: decision.signedOn, issuer: decision.issuer },
    awards,
    ruleSet,
    earlier,
  );
}

/**
 * Money already paid to the same recipients for the same years by decisions signed earlier (ND 152,
 * Điều 49: a later higher title pays only the difference). Standing awards with an amount only.
 */
async function earlierPaidTitles(
  db: Db | Tx,
  tenantId: string,
  current: { id: string; signedOn: string },
  awards: DecisionAwardRow[],
): Promise<EarlierPayment[]> {
  const subjects = [...new Set(awards.map((a) => a.subjectId))];
  const years = [...new Set(awards.map((a) => a.year))];
  if (subjects.length === 0) return [];
  const rows = await db
    .select({
      subjectId: award.subjectId,
      awardCode: award.awardCode,
      year: award.year,
      amountVnd: award.amountVnd,
    })
    .from(award)
    .innerJoin(decision, and(eq(decision.tenantId, award.tenantId), eq(decision.id, award.decisionId)))
    .where(
      and(
        eq(award.tenantId, tenantId),
        inArray(award.subjectId, subjects),
        inArray(award.year, years),
        eq(award.isRevoked, false),
        ne(award.decisionId, current.id),
        lt(decision.signedOn, current.signedOn),
        isNotNull(award.amountVnd),
      ),
    );
  return rows.map((r) => ({
    subjectKey: r.subjectId,
    award: r.awardCode as AwardCode,
    year: r.year,
    amountVnd: r.amountVnd ?? 0,
  }));
}

export const MONEY_SUMMARY_HEADERS = [
  'STT',
  'Họ và tên, tên tập thể',
  'Chức vụ, đơn vị',
  'Hình thức khen thưởng',
  'Hệ số',
  'Số tiền (đồng)',
  'Ghi chú',
] as const;

/**
 * The same table as a spreadsheet. A revoked award's amount is left blank, so the money column
 * sums to the total row; money cells are numbers with a thousands format.
 */
export async function renderMoneySummaryXlsx(summary: MoneySummary) {
  const widths = [6, 32, 40, 34, 8, 16, 30];
  const file = await writeWorkbook([
    {
      name: 'Tiền thưởng',
      columns: MONEY_SUMMARY_HEADERS.map((header, i) => ({
        header,
        width: widths[i],
        numFmt: header === 'Số tiền (đồng)' ? '#,##0' : undefined,
      })),
      rows: summary.items.map((item) => [
        item.stt,
        item.name,
        item.unitLine,
        item.awardName,
        item.coefficient,
        item.isRevoked ? null : item.payableVnd,
        item.isRevoked ? 'Đã thu hồi, không tính vào tổng' : item.note,
      ]),
      footer: [
        [
          null,
          'Tổng cộng',
          `${summary.count} khen thưởng`,
          null,
          null,
          summary.totalVnd,
          `Bằng chữ: ${summary.totalInWords}`,
        ],
      ],
    },
  ]);
  return {
    file,
    name: `tien-thuong-${summary.decision.number.replace(/[^\p{L}\d-]+/gu, '-')}.xlsx`,
  };
}
