import { decide } from '@vinhdanh/domain/auth/policy';
import { formatPlaceDate } from '@vinhdanh/domain/text/vietnamese-date';
import type { Db } from '../../db/client';
import { requireAccess } from '../../lib/access';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { appendAudit } from '../../platform/audit/append-audit';
import { todayVn } from '../../platform/clock';
import { countPeopleInUnits, listUnitsUnder, unitRef } from '../org-units/index';
import { personRef } from '../people/index';
import type { TimelineOutput } from '../timeline/index';
import { loadPersonTimeline, loadUnitTimeline } from '../timeline/index';
import { findDecisionIssuers } from './achievement-report.repository';
import { type AchievementReportQuery, type ReportPeriod, reportPeriod } from './achievement-report.schemas';
import { awardDecisionIds } from './achievement-report-content';
import {
  type AchievementReportInput,
  type ReportForm,
  renderAchievementReport,
} from './achievement-report-docx';
import { loadDocumentSettings } from './document-settings.repository';
import { findDocumentUnit } from './document-units.repository';

// The báo cáo thành tích of a person or a unit, pre-filled from the same timeline the record pages
// show. Scoped like the timeline: the subject's unit must lie in the actor's subtree.

/** The download's name: "bao-cao-thanh-tich" (or another form's stem) and the subject's name. */
export const fileName = (name: string, stem = 'bao-cao-thanh-tich') =>
  `${stem}-${name.replace(/[^\p{L}\d]+/gu, '-')}.docx`;

/** What every report of a subject under `unitId` shares: period, place and date, the body above. */
export async function common(db: Db, tenantId: string, query: AchievementReportQuery, unitId: string) {
  const today = todayVn();
  // One query at a time: `db` may be a transaction (pg 9 refuses concurrent queries on one client).
  const settings = await loadDocumentSettings(db, tenantId);
  const unit = await findDocumentUnit(db, tenantId, unitId);
  return {
    period: reportPeriod(query, Number(today.slice(0, 4))),
    placeDate: formatPlaceDate(settings.placeName, today),
    // The body above the reporting unit; a root unit falls back to the tenant's parent body.
    parentBody: unit?.parentName ?? settings.parentBody,
  };
}

export async function render(db: Db, tenantId: string, input: Omit<AchievementReportInput, 'issuers'>) {
  const issuers = await findDecisionIssuers(db, tenantId, awardDecisionIds(input.timeline, input.period));
  return renderAchievementReport({ ...input, issuers });
}

/**
 * Another of ND 152's forms for the same subject: called once access is checked, with the subject's
 * timeline and the period, so it may read what belongs to the subject (its dossier item, its movement).
 */
export type FormChoice = {
  stem: string;
  build: (subject: { id: string; timeline: TimelineOutput; period: ReportPeriod }) => Promise<ReportForm>;
};

/** The form and the period it covers: the asked one, unless the form has its own. */
async function withForm(choice: FormChoice | undefined, subject: Parameters<FormChoice['build']>[0]) {
  const form = await choice?.build(subject);
  return { form, period: form?.period ?? subject.period, timeline: subject.timeline };
}

export async function generatePersonAchievementReport(
  db: Db,
  ctx: RequestContext,
  id: string,
  query: AchievementReportQuery,
  choice?: FormChoice,
) {
  authorize(ctx.actor, 'document:generate');
  const tenantId = ctx.actor.tenantId;
  // The person's own rule (personRef), the one the timeline's generateDocuments flag is decided by.
  const found = await requireAccess(db, ctx, 'document:generate', personRef(id));
  const resource = { tenantId: found.person.tenantId, path: found.unitPath };
  const { person } = found;
  const base = await common(db, tenantId, query, person.unitId);
  const timeline = await loadPersonTimeline(db, tenantId, { id, name: person.fullName });
  // The birth date is sensitive: in full only for whoever may reveal it, and then audited like a
  // reveal on the person page; otherwise the year alone, as the masked page shows it.
  const mayReveal = decide(ctx.actor, 'person:readSensitive', {
    tenantId: resource.tenantId,
    unitPath: resource.path,
  }).allowed;
  const birthDate = person.birthDate;
  if (birthDate && mayReveal) {
    await db.transaction((tx) =>
      appendAudit(tx, {
        tenantId,
        actorId: ctx.actor.userId,
        action: 'person.readSensitive',
        entityType: 'person',
        entityId: id,
        after: { document: 'bao-cao-thanh-tich' },
        requestId: ctx.requestId,
      }),
    );
  }
  const file = await render(db, tenantId, {
    profile: {
      kind: 'PERSON',
      fullName: person.fullName,
      gender: person.gender,
      birth: birthDate ? (mayReveal ? { date: birthDate } : { year: birthDate.slice(0, 4) }) : null,
      position: person.position,
      unitName: found.unitName,
    },
    letterhead: { parentBody: base.parentBody, issuingBody: found.unitName, placeDate: base.placeDate },
    ...(await withForm(choice, { id, timeline, period: base.period })),
  });
  return { file, name: fileName(person.fullName, choice?.stem) };
}

export async function generateUnitAchievementReport(
  db: Db,
  ctx: RequestContext,
  id: string,
  query: AchievementReportQuery,
  choice?: FormChoice,
) {
  authorize(ctx.actor, 'document:generate');
  const tenantId = ctx.actor.tenantId;
  const unit = await requireAccess(db, ctx, 'document:generate', unitRef(id));
  const base = await common(db, tenantId, query, unit.id);
  const timeline = await loadUnitTimeline(db, tenantId, unit);
  const subtree = await listUnitsUnder(db, tenantId, unit.path);
  const headcount = await countPeopleInUnits(db, tenantId, unit.path);
  const file = await render(db, tenantId, {
    profile: {
      kind: 'COLLECTIVE',
      name: unit.name,
      parentName: base.parentBody,
      validFrom: unit.validFrom,
      predecessors: timeline.predecessors.map((p) => p.name),
      subUnits: subtree.filter((u) => u.parentId === unit.id && u.status === 'ACTIVE').map((u) => u.name),
      headcount,
    },
    letterhead: { parentBody: base.parentBody, issuingBody: unit.name, placeDate: base.placeDate },
    ...(await withForm(choice, { id, timeline, period: base.period })),
  });
  return { file, name: fileName(unit.name, choice?.stem) };
}
