import { periodRange } from '@vinhdanh/domain/reports/year-summary';
import { formatPlaceDate } from '@vinhdanh/domain/text/vietnamese-date';
import type { Db } from '../../db/client';
import { requireAccess } from '../../lib/access';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { appendAudit } from '../../platform/audit/append-audit';
import { todayVn } from '../../platform/clock';
import { findDocumentUnit, letterUnit, loadDocumentSettings } from '../documents/index';
import { reportScopeRef } from './report-scope';
import {
  countAwardsByCode,
  countComplaints,
  countDirectWorkers,
  listClusterLeaders,
  listMovementResults,
  type SummaryScope,
} from './year-summary.repository';
import type { YearSummaryInput } from './year-summary.schemas';
import { renderYearSummary, type YearSummaryContent } from './year-summary-docx';

// The year-end summary (or the six-month sơ kết) of the officer's subtree, or of a unit inside it:
// figures from SQL aggregates, the officer's own sections from the form. The draft is generated,
// not stored; the generation is audited like any document leaving the system.

/** Movements listed one by one in the table; the rest are counted. */
const MOVEMENT_ROWS = 60;

const fileName = (period: YearSummaryInput['period'], year: number, unit: string) =>
  `${period === 'NAM' ? 'bao-cao-tong-ket' : 'bao-cao-so-ket'}-thi-dua-khen-thuong-${year}-${unit.replace(/[^\p{L}\d]+/gu, '-')}.docx`;

export async function loadYearSummaryContent(
  db: Db,
  ctx: RequestContext,
  input: YearSummaryInput,
): Promise<YearSummaryContent> {
  const scope = await requireAccess(db, ctx, 'document:generate', reportScopeRef(input.unitId));
  const tenantId = ctx.actor.tenantId;
  const range = periodRange(input.year, input.period);
  const isFullYear = input.period === 'NAM';
  const current: SummaryScope = {
    tenantId,
    pathPrefix: scope.path,
    yearFrom: input.year,
    yearTo: input.year,
    year: input.year,
    from: range.from,
    to: range.to,
    isFullYear,
  };
  const previous: SummaryScope = {
    ...current,
    yearFrom: input.year - 1,
    yearTo: input.year - 1,
    year: input.year - 1,
    from: range.previous.from,
    to: range.previous.to,
  };
  const settings = await loadDocumentSettings(db, tenantId);
  const unit = await findDocumentUnit(db, tenantId, scope.unitId);
  if (!unit) throw new AppError('ORG_UNIT_NOT_FOUND');
  const issuer = letterUnit(unit, settings.parentBody);
  return {
    unitId: scope.unitId,
    year: input.year,
    period: input.period,
    range,
    unitName: issuer.name,
    letterhead: {
      parentBody: issuer.parentBody,
      issuingBody: issuer.name,
      numberLine: `Số:      /BC-${issuer.code.toUpperCase()}`,
      placeDate: formatPlaceDate(settings.placeName, todayVn()),
    },
    signerTitle: issuer.headTitle.split('\n'),
    movements: await listMovementResults(db, current, MOVEMENT_ROWS),
    clusters: await listClusterLeaders(db, current),
    awards: await countAwardsByCode(db, current),
    directWorkers: {
      current: await countDirectWorkers(db, current),
      previous: await countDirectWorkers(db, previous),
    },
    complaints: await countComplaints(db, current),
    officer: { assessment: input.assessment, shortcomings: input.shortcomings, direction: input.direction },
  };
}

/** The summary as a Word draft the officer finishes, registers and has signed. */
export async function generateYearSummary(db: Db, ctx: RequestContext, input: YearSummaryInput) {
  // The role first; loadYearSummaryContent's requireAccess decides the unit's scope.
  authorize(ctx.actor, 'document:generate');
  const content = await loadYearSummaryContent(db, ctx, input);
  const file = await renderYearSummary(content);
  await db.transaction((tx) =>
    appendAudit(tx, {
      tenantId: ctx.actor.tenantId,
      actorId: ctx.actor.userId,
      action: 'report.yearSummary',
      entityType: 'org_unit',
      entityId: content.unitId,
      after: { year: input.year, period: input.period },
      requestId: ctx.requestId,
    }),
  );
  return { file, name: fileName(input.period, input.year, content.unitName) };
}
