import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { household, orgUnit } from '../../db/schema/index';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { loadHouseholdTimeline } from '../timeline/index';
import type { AchievementReportQuery } from './achievement-report.schemas';
import { common, fileName, render } from './achievement-report.service';
import { householdForm } from './achievement-report-household';

// The báo cáo thành tích of a household (Giấy khen, Bằng khen to households: Law 2022 Đ74, Đ75;
// ND 152 Đ54). Scoped like the household's records: its village or commune must lie in the actor's
// subtree, the same rule as the person and unit reports.

async function findHousehold(db: Db, tenantId: string, id: string) {
  const [row] = await db
    .select({
      tenantId: household.tenantId,
      headName: household.headName,
      address: household.address,
      unitId: household.unitId,
      unitName: orgUnit.name,
      path: orgUnit.path,
    })
    .from(household)
    .innerJoin(orgUnit, and(eq(orgUnit.tenantId, household.tenantId), eq(orgUnit.id, household.unitId)))
    .where(and(eq(household.tenantId, tenantId), eq(household.id, id)));
  return row;
}

export async function generateHouseholdAchievementReport(
  db: Db,
  ctx: RequestContext,
  id: string,
  query: AchievementReportQuery,
) {
  authorize(ctx.actor, 'document:generate');
  const tenantId = ctx.actor.tenantId;
  const home = await findHousehold(db, tenantId, id);
  if (!home) throw new AppError('HOUSEHOLD_NOT_FOUND');
  authorize(ctx.actor, 'document:generate', { tenantId: home.tenantId, path: home.path });
  const base = await common(db, tenantId, query, home.unitId);
  const timeline = await loadHouseholdTimeline(db, tenantId, { id, name: home.headName });
  const file = await render(db, tenantId, {
    profile: { kind: 'HOUSEHOLD', headName: home.headName, address: home.address, unitName: home.unitName },
    letterhead: { parentBody: base.parentBody, issuingBody: home.unitName, placeDate: base.placeDate },
    period: base.period,
    timeline,
    form: householdForm(timeline, base.period),
  });
  return { file, name: fileName(`ho-${home.headName}`) };
}
