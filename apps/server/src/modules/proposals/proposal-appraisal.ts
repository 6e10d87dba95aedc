import { checkQuotas } from '@vinhdanh/domain/rules/quota';
import type { AwardCode, AwardKind } from '@vinhdanh/domain/rules/types';
import { and, eq, like, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { award, orgUnit, person } from '../../db/schema/index';
import type { StoredFlags, StoredVerdict } from '../../db/schema/proposals';
import { countClusterLeaders } from '../clusters/index';
import { judgeItems, loadRuleSets } from '../eligibility/index';
import { countPeopleInUnits } from '../org-units/index';

// Appraisal by the engine (law.md §6.2 guards at APPRAISAL): the verdict with citations, active
// holds, "one achievement, one award" (Law 2022, Điều 5) and the rule set's quotas.

export type ItemInput = {
  id: string;
  subjectType: 'PERSON' | 'COLLECTIVE' | 'HOUSEHOLD';
  subjectId: string;
  awardCode: string;
  achievement: string | null;
};

export type ItemAppraisal = {
  engineEligible: boolean;
  verdict: StoredVerdict;
  flags: StoredFlags;
};

/** The proposal kind is the engine's award kind (Law 2022, Điều 8). */
export const awardKindOf = (kind: string): AwardKind =>
  kind === 'DOT_XUAT' || kind === 'CHUYEN_DE' || kind === 'CONG_HIEN' || kind === 'DOI_NGOAI'
    ? kind
    : 'CONG_TRANG';

async function ldttCount(db: Db | Tx, tenantId: string, pathPrefix: string, year: number) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(award)
    .innerJoin(person, and(eq(person.tenantId, award.tenantId), eq(person.id, award.subjectId)))
    .innerJoin(orgUnit, and(eq(orgUnit.tenantId, person.tenantId), eq(orgUnit.id, person.unitId)))
    .where(
      and(
        eq(award.tenantId, tenantId),
        eq(award.year, year),
        eq(award.awardCode, 'LDTT'),
        eq(award.isRevoked, false),
        like(orgUnit.path, `${pathPrefix}%`),
      ),
    );
  return row?.n ?? 0;
}

/**
 * The dossier check: each item's verdict comes from the same judgement as the person page and
 * "Gợi ý đề nghị" (eligibility/judge.ts), so "one achievement, one award" is in the verdict and its
 * reasons; the quotas are the dossier's own (they count the whole dossier, not one subject).
 */
export async function appraiseItems(
  db: Db | Tx,
  tenantId: string,
  proposal: { kind: string; year: number; unitPath: string },
  items: ItemInput[],
): Promise<Map<string, ItemAppraisal>> {
  const ruleSets = await loadRuleSets(db, tenantId);
  const ruleSet = ruleSets.ofYear(proposal.year);
  const kind = awardKindOf(proposal.kind);
  const questions = items.map((i) => ({ ...i, key: i.id, kind }));
  const judged = await judgeItems(db, tenantId, proposal.year, questions, { ruleSets });
  const proposed: Partial<Record<AwardCode, number>> = {};
  for (const i of items) proposed[i.awardCode as AwardCode] = (proposed[i.awardCode as AwardCode] ?? 0) + 1;
  const quotas = checkQuotas(ruleSet, {
    proposed,
    headcount: await countPeopleInUnits(db as Db, tenantId, proposal.unitPath),
    ldttCount: await ldttCount(db, tenantId, proposal.unitPath, proposal.year),
    clusterLeaders: await countClusterLeaders(db, tenantId, proposal.year),
  });
  const out = new Map<string, ItemAppraisal>();
  for (const item of items) {
    const v = judged.get(item.id)!;
    const duplicates = v.duplicates.map((d) => ({ rule: d.rule, text: d.text, citation: d.citation }));
    const quota = quotas
      .filter((q) => q.award === item.awardCode && !q.ok)
      .map((q) => ({ quotaId: q.quotaId, text: q.text, citation: q.citation }));
    out.set(item.id, {
      engineEligible: v.eligible,
      verdict: {
        eligible: v.eligible,
        held: v.held,
        ruleSet: v.ruleSet,
        amountVnd: v.amountVnd,
        reasons: [...v.reasons],
      },
      flags: { held: v.held, duplicates, quota },
    });
  }
  return out;
}
