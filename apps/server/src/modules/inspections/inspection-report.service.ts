import { awardName } from '@vinhdanh/domain/documents/award-phrases';
import type { Db } from '../../db/client';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { todayVn } from '../../platform/clock';
import { loadDocumentSettings } from '../documents/index';
import { getInspectionPlan } from './inspection-plans.service';
import { renderInspectionReportDocx } from './inspection-report-docx';
import { findUnitRow } from './inspections.repository';

const fileBase = (title: string) => title.replace(/[^\p{L}\d-]+/gu, '-').replace(/^-|-$/g, '');

/**
 * The plan's report as .docx. The inspecting unit issues it; the line above it is the unit's
 * parent, or the tenant's parent body (document settings) when the plan is the tenant's own.
 */
export async function inspectionReportDocx(db: Db, ctx: RequestContext, id: string) {
  // The role first; getInspectionPlan's access check decides the plan's scope.
  authorize(ctx.actor, 'inspection:manage');
  const plan = await getInspectionPlan(db, ctx, id);
  const settings = await loadDocumentSettings(db, ctx.actor.tenantId);
  const owner = await findUnitRow(db, ctx.actor.tenantId, plan.unitId);
  const parentId = owner?.path.split('/').filter(Boolean).at(-2);
  const parent = parentId ? await findUnitRow(db, ctx.actor.tenantId, parentId) : undefined;
  const file = await renderInspectionReportDocx({
    plan,
    issuingBody: plan.unitName,
    parentBody: parent?.name ?? settings.parentBody,
    placeName: settings.placeName,
    date: todayVn(),
    signerTitle: settings.signerTitle.split('\n'),
    units: plan.units,
    findings: plan.findings.map((f) => ({
      ...f,
      award: f.award && {
        label: `${awardName(f.award.awardCode)} năm ${f.award.year}`,
        ground: f.award.ground,
        isRevoked: f.award.isRevoked,
      },
    })),
  });
  return { file, name: `bao-cao-kiem-tra-${plan.year}-${fileBase(plan.title)}.docx` };
}
