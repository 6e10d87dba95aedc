import { awardName } from '@vinhdanh/domain/rules/engine';
import type { AwardCode } from '@vinhdanh/domain/rules/types';
import { and, asc, eq, gte } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { orgUnit, proposal, proposalItem } from '../../db/schema/index';
import { todayVn } from '../../platform/clock';
import { awardLines, chainLines, yearLines } from '../documents/index';
import { loadPersonTimeline, loadUnitTimeline } from '../timeline/index';

// The nominees open for public comment, each with a summary of achievements drawn from the same
// timeline as the achievement report (báo cáo thành tích) for the five years up to the proposal's
// year: ratings, initiatives, titles and forms, and unbroken runs. Discipline and personal data
// (ID number, birth date) are not shown.

export type NomineeSummary = {
  itemId: string;
  subjectName: string;
  subjectType: 'PERSON' | 'COLLECTIVE' | 'HOUSEHOLD';
  unitName: string;
  awardName: string;
  achievement: string | null;
  years: { year: string; rating: string; initiatives: string }[];
  awards: string[];
  chains: string[];
};

export type OpenList = { proposalId: string; title: string; until: string; items: NomineeSummary[] };

const SUMMARY_YEARS = 5;

export async function listOpenLists(db: Db, tenantId: string): Promise<OpenList[]> {
  const rows = await db
    .select({
      proposalId: proposal.id,
      title: proposal.title,
      year: proposal.year,
      until: proposal.publicCommentUntil,
      itemId: proposalItem.id,
      subjectType: proposalItem.subjectType,
      subjectId: proposalItem.subjectId,
      subjectName: proposalItem.subjectName,
      awardCode: proposalItem.awardCode,
      achievement: proposalItem.achievement,
      unitName: orgUnit.name,
    })
    .from(proposal)
    .innerJoin(
      proposalItem,
      and(eq(proposalItem.tenantId, proposal.tenantId), eq(proposalItem.proposalId, proposal.id)),
    )
    .innerJoin(orgUnit, and(eq(orgUnit.tenantId, proposalItem.tenantId), eq(orgUnit.id, proposalItem.unitId)))
    .where(
      and(
        eq(proposal.tenantId, tenantId),
        eq(proposal.state, 'PUBLIC_COMMENT'),
        gte(proposal.publicCommentUntil, todayVn()),
        eq(proposalItem.appraisedEligible, true),
      ),
    )
    .orderBy(asc(proposal.publicCommentUntil), asc(proposal.id), asc(proposalItem.subjectName))
    .limit(200);
  const lists = new Map<string, OpenList>();
  for (const r of rows) {
    const timeline =
      r.subjectType === 'PERSON'
        ? await loadPersonTimeline(db, tenantId, { id: r.subjectId, name: r.subjectName })
        : await loadUnitTimeline(db, tenantId, { id: r.subjectId, name: r.subjectName });
    const period = { from: r.year - SUMMARY_YEARS + 1, to: r.year };
    const list = lists.get(r.proposalId) ?? {
      proposalId: r.proposalId,
      title: r.title,
      until: r.until ?? '',
      items: [],
    };
    list.items.push({
      itemId: r.itemId,
      subjectName: r.subjectName,
      subjectType: r.subjectType,
      unitName: r.unitName,
      awardName: awardName(r.awardCode as AwardCode),
      achievement: r.achievement,
      years: yearLines(timeline, period).filter((y) => y.rating || y.initiatives),
      awards: [
        ...awardLines(timeline, period, 'titles', new Map()),
        ...awardLines(timeline, period, 'forms', new Map()),
      ].map((a) => `${a.year}: ${a.name}${a.decision ? ` (${a.decision})` : ''}`),
      chains: chainLines(timeline, period),
    });
    lists.set(r.proposalId, list);
  }
  return [...lists.values()];
}
