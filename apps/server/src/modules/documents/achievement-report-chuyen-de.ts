import { awardName } from '@vinhdanh/domain/documents/award-phrases';
import { KIND_NAMES } from '@vinhdanh/domain/rules/names';
import { formatLongDate, padDocumentNumber } from '@vinhdanh/domain/text/vietnamese-date';
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { award, awardMovement, registration } from '../../db/schema/index';
import { requireAccess } from '../../lib/access';
import type { RequestContext } from '../../lib/context';
import { todayVn } from '../../platform/clock';
import { movementRef } from '../movements/index';
import { loadTenantRuleSets } from '../rule-params/index';
import type { FormChoice } from './achievement-report.service';
import { type Block, dotted, heading, item, type ReportForm } from './achievement-report-docx';
import { para } from './nd30-blocks';

// "Báo cáo thành tích đề nghị khen thưởng thi đua theo chuyên đề" (ND 152 appendix, S9): what the
// subject did in one movement (phong trào thi đua theo đợt, chuyên đề). The record holds the movement,
// the subject's registration (optional since Law 2022 Đ7) and the awards given under the movement;
// results against the movement's criteria are the writer's (movements keep no per-subject scores:
// scores belong to clusters and blocks).

type Movement = NonNullable<Awaited<ReturnType<ReturnType<typeof movementRef>['load']>>>['movement'];
type Subject = { kind: 'PERSON' | 'COLLECTIVE'; id: string };

export type ChuyenDeContent = {
  movement: Pick<
    Movement,
    'title' | 'theme' | 'launchingAuthority' | 'startDate' | 'endDate' | 'criteria' | 'year'
  >;
  registrations: { year: number; targets: string[]; note: string | null }[];
  awards: { name: string; year: number; decision: string }[];
};

function period(m: ChuyenDeContent['movement']): string {
  if (m.startDate && m.endDate) return `từ ${formatLongDate(m.startDate)} đến ${formatLongDate(m.endDate)}`;
  return `năm ${m.year}`;
}

export function chuyenDeForm(c: ChuyenDeContent): ReportForm {
  const m = c.movement;
  const registrations: Block[] =
    c.registrations.length > 0
      ? c.registrations.map((r) =>
          para(`- Năm ${r.year}: đăng ký ${r.targets.join(', ')}${r.note ? ` (${r.note})` : ''}.`, {
            indent: true,
          }),
        )
      : [para('Không có đăng ký thi đua trong hồ sơ.', { indent: true })];
  const awards: Block[] =
    c.awards.length > 0
      ? c.awards.map((a) =>
          para(`- ${a.name} năm ${a.year}${a.decision ? `, ${a.decision}` : ''}.`, { indent: true }),
        )
      : [para('Chưa có.', { indent: true })];
  return {
    subtitle: 'Đề nghị khen thưởng thi đua theo chuyên đề',
    scopeLine: `(Phong trào thi đua "${m.title}", ${period(m)})`,
    achievements: [
      heading('II. THÀNH TÍCH ĐẠT ĐƯỢC TRONG PHONG TRÀO THI ĐUA'),
      item('1. Phong trào thi đua:'),
      para(
        `"${m.title}"${m.theme ? ` (${m.theme})` : ''}, do ${m.launchingAuthority} phát động, ${period(m)}.`,
        { indent: true },
      ),
      item('2. Đăng ký thi đua:'),
      ...registrations,
      item('3. Kết quả thực hiện các tiêu chí của phong trào:'),
      ...(m.criteria ? [para(`Tiêu chí: ${m.criteria}`, { indent: true, italics: true })] : []),
      ...dotted(3),
      item('4. Khen thưởng đã nhận trong phong trào:'),
      ...awards,
      item('5. Các biện pháp, giải pháp đã thực hiện; bài học kinh nghiệm:'),
      ...dotted(2),
    ],
  };
}

async function loadContent(
  db: Db,
  tenantId: string,
  movement: Movement,
  subject: Subject,
): Promise<ChuyenDeContent> {
  const own =
    subject.kind === 'PERSON'
      ? and(eq(registration.subjectType, 'PERSON'), eq(registration.personId, subject.id))
      : and(eq(registration.subjectType, 'COLLECTIVE'), eq(registration.unitId, subject.id));
  const regs = await db
    .select({ year: registration.year, targets: registration.targetAwards, note: registration.note })
    .from(registration)
    .where(and(eq(registration.tenantId, tenantId), eq(registration.movementId, movement.id), own))
    .orderBy(asc(registration.year));
  const awarded = await db
    .select({
      code: award.awardCode,
      kind: award.kind,
      year: award.year,
      number: award.decisionNumber,
      date: award.decisionDate,
    })
    .from(awardMovement)
    .innerJoin(award, and(eq(award.tenantId, awardMovement.tenantId), eq(award.id, awardMovement.awardId)))
    .where(
      and(
        eq(awardMovement.tenantId, tenantId),
        eq(awardMovement.movementId, movement.id),
        eq(award.subjectId, subject.id),
        eq(award.isRevoked, false),
      ),
    )
    .orderBy(asc(award.year));
  const catalogue = (await loadTenantRuleSets(db, tenantId)).names(todayVn());
  const name = (code: string) => awardName(code, catalogue);
  return {
    movement,
    registrations: regs.map((r) => ({ year: r.year, targets: r.targets.map(name), note: r.note })),
    awards: awarded.map((a) => ({
      name: `${name(a.code)}${a.kind === 'CONG_TRANG' ? '' : ` (${KIND_NAMES[a.kind as keyof typeof KIND_NAMES] ?? a.kind})`}`,
      year: a.year,
      decision: [
        a.number ? `quyết định số ${padDocumentNumber(a.number)}` : '',
        a.date ? formatLongDate(a.date) : '',
      ]
        .filter(Boolean)
        .join(' '),
    })),
  };
}

/** The movement must be readable by the actor, as on the movement's page (launched in or above its scope). */
export function chuyenDeChoice(
  db: Db,
  ctx: RequestContext,
  movementId: string,
  kind: Subject['kind'],
): FormChoice {
  return {
    stem: 'bao-cao-chuyen-de',
    build: async ({ id }) => {
      const found = await requireAccess(db, ctx, 'movement:read', movementRef(movementId));
      return chuyenDeForm(await loadContent(db, ctx.actor.tenantId, found.movement, { kind, id }));
    },
  };
}
