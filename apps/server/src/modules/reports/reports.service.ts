import { BUILT_IN_DEFINITIONS, definitionAt, formCodeOf } from '@vinhdanh/domain/reports/report-catalogue';
import { computeReport } from '@vinhdanh/domain/reports/report-compute';
import type { ReportDefinition, ReportLine } from '@vinhdanh/domain/reports/report-definition';
import { allOf } from '@vinhdanh/domain/reports/report-filter';
import type { Db } from '../../db/client';
import { requireAccess } from '../../lib/access';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { type FactScope, groupFactsFor, SOURCES } from './report-facts.repository';
import { filterToSql } from './report-filter.sql';
import { listFactRecords, type ReportRecordRow } from './report-records.repository';
import { reportScopeRef } from './report-scope';
import type { CellQuery, FormOutput, FormQuery } from './reports.schemas';

export function definitionFor(formCode: string, year: number): ReportDefinition {
  const def = definitionAt(BUILT_IN_DEFINITIONS, formCode, `${year}-12-31`);
  if (!def) throw new AppError('REPORT_FORM_NOT_FOUND');
  return def;
}

const presentLine = (l: ReportLine) => ({
  code: l.code,
  label: l.label,
  unit: l.unit,
  depth: l.depth ?? 0,
  isHeading: l.isHeading ?? false,
  groups: [...(l.groups ?? [])],
});

/** A statistical form for a year over the actor's subtree (or a unit inside it). */
export async function getStatisticalForm(db: Db, ctx: RequestContext, query: FormQuery): Promise<FormOutput> {
  const scope = await requireAccess(db, ctx, 'report:read', reportScopeRef(query.unitId));
  const def = definitionFor(query.form, query.year);
  const facts: FactScope = {
    tenantId: ctx.actor.tenantId,
    pathPrefix: scope.path,
    yearFrom: query.year,
    yearTo: query.year,
  };
  const table = computeReport(def, await groupFactsFor(db, def, facts));
  return {
    form: def.form,
    formCode: formCodeOf(def),
    version: def.version,
    title: def.title,
    citation: def.citation,
    dueNote: def.dueNote,
    year: query.year,
    unitId: scope.unitId,
    unitName: scope.unitName,
    tenantName: scope.tenantName,
    rows: def.rows.map(presentLine),
    columns: def.columns.map(presentLine),
    cells: table.cells,
  };
}

export const presentRecord = (r: ReportRecordRow) => ({
  id: r.id,
  kind: r.kind,
  name: r.name,
  subjectType: r.subject_type,
  subjectId: r.subject_id,
  unitId: r.unit_id,
  unitName: r.unit_name,
  code: r.code,
  awardKind: r.award_kind,
  year: Number(r.year),
  decisionNumber: r.decision_number,
  decisionDate: r.decision_date,
});

/** The records behind one figure: the same scope, year and filters as the count. */
export async function getCellRecords(db: Db, ctx: RequestContext, query: CellQuery) {
  const scope = await requireAccess(db, ctx, 'report:read', reportScopeRef(query.unitId));
  const def = definitionFor(query.form, query.year);
  const row = def.rows.find((r) => r.code === query.row && !r.isHeading);
  const column = def.columns.find((c) => c.code === query.column);
  if (!row || !column) throw new AppError('REPORT_CELL_NOT_FOUND');
  const condition = filterToSql(allOf(def.universe, row.filter, column.filter), SOURCES[def.source].fields);
  const { rows, total } = await listFactRecords(
    db,
    def.source,
    { tenantId: ctx.actor.tenantId, pathPrefix: scope.path, yearFrom: query.year, yearTo: query.year },
    condition,
    query.pageSize,
    (query.page - 1) * query.pageSize,
  );
  return {
    rowLabel: row.label,
    columnLabel: column.label,
    items: rows.map(presentRecord),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
