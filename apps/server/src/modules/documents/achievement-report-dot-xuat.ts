import { authorityLines, deciderBodyOfUnit } from '@vinhdanh/domain/documents/authority-lines';
import { awardVerbPhrase, decidedPhrase } from '@vinhdanh/domain/documents/award-phrases';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { proposal, proposalItem } from '../../db/schema/index';
import { AppError } from '../../lib/errors';
import { todayVn } from '../../platform/clock';
import { loadTenantRuleSets } from '../rule-params/index';
import type { FormChoice } from './achievement-report.service';
import { type Block, dotted, heading, item, type ReportForm } from './achievement-report-docx';
import { findDocumentUnit } from './document-units.repository';
import { para } from './nd30-blocks';

// "Báo cáo thành tích đề nghị khen thưởng đột xuất" (ND 152 appendix, S9): a one-off achievement, so
// a single-event section takes the place of the yearly table. Written for a dossier item, it prints the
// achievement the item carries and the form proposed; otherwise the writer fills the lines.

export type DotXuatEvent = {
  achievement: string | null;
  /** "tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh …", as the decision will word it. */
  awardPhrase: string;
  proposalTitle: string;
};

export function dotXuatForm(event: DotXuatEvent | null): ReportForm {
  const achievement: Block[] = event?.achievement
    ? event.achievement.split(/\r?\n/).map((line) => para(line, { indent: true }))
    : dotted(3);
  return {
    subtitle: 'Đề nghị khen thưởng đột xuất',
    scopeLine: event ? `(Đề nghị ${event.awardPhrase}; hồ sơ: ${event.proposalTitle})` : null,
    achievements: [
      heading('II. NỘI DUNG THÀNH TÍCH ĐỘT XUẤT'),
      item('1. Thành tích đột xuất đã đạt được:'),
      ...achievement,
      item('2. Thời gian, địa điểm lập thành tích:'),
      ...dotted(1),
      item('3. Tác dụng, ảnh hưởng của thành tích (phạm vi ảnh hưởng):'),
      ...dotted(2),
    ],
  };
}

/**
 * The dossier item's event. The item must be this subject's: an item of someone else's is "not found",
 * as is an unknown one, so the route reveals nothing about other dossiers.
 */
async function loadEvent(db: Db, tenantId: string, itemId: string, subjectId: string): Promise<DotXuatEvent> {
  const [row] = await db
    .select({
      subjectId: proposalItem.subjectId,
      awardCode: proposalItem.awardCode,
      achievement: proposalItem.achievement,
      proposalTitle: proposal.title,
      year: proposal.year,
      levels: proposal.levels,
      requirements: proposal.requirements,
    })
    .from(proposalItem)
    .innerJoin(
      proposal,
      and(eq(proposal.tenantId, proposalItem.tenantId), eq(proposal.id, proposalItem.proposalId)),
    )
    .where(and(eq(proposalItem.tenantId, tenantId), eq(proposalItem.id, itemId)));
  if (!row || row.subjectId !== subjectId) throw new AppError('PROPOSAL_ITEM_NOT_FOUND');
  // The award is named by who decides it, as the tờ trình and the decision name it (issue 12): the
  // route's last level, unless the dossier goes on to a state decider.
  const catalogue = (await loadTenantRuleSets(db, tenantId)).names(todayVn());
  const proposeUp = (row.requirements as { proposeUp?: boolean }).proposeUp === true;
  const last = row.levels.at(-1);
  const deciding = !proposeUp && last ? await findDocumentUnit(db, tenantId, last) : undefined;
  const awardPhrase = deciding
    ? decidedPhrase(
        row.awardCode,
        row.year,
        authorityLines(deciderBodyOfUnit(deciding), { name: '', deputy: false }).headOf,
        catalogue,
      )
    : awardVerbPhrase(row.awardCode, row.year, catalogue);
  return { achievement: row.achievement?.trim() || null, awardPhrase, proposalTitle: row.proposalTitle };
}

export function dotXuatChoice(db: Db, tenantId: string, itemId: string | undefined): FormChoice {
  return {
    stem: 'bao-cao-dot-xuat',
    build: async ({ id }) => dotXuatForm(itemId ? await loadEvent(db, tenantId, itemId, id) : null),
  };
}
