import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { orgUnit } from '../db/schema/index';
import type { RequestContext } from '../lib/context';
import {
  completeInspectionFinding,
  createInspectionFinding,
  createInspectionPlan,
} from '../modules/inspections/index';
import { currentYearVn, todayVn } from '../platform/clock';

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The province's inspection plan of this year (docs/inspections.md), made through the module's
 * services: two departments inspected last month, one recommendation carried out and one due in
 * five days, so `kiemtra` finds the plan on /kiem-tra and the follow-up in its queue.
 */
export async function seedDemoInspections(db: Db, tenantId: string) {
  const [root] = await db
    .select({ id: orgUnit.id, path: orgUnit.path })
    .from(orgUnit)
    .where(and(eq(orgUnit.tenantId, tenantId), isNull(orgUnit.parentId)));
  if (!root) throw new Error('demo inspections: the province root is missing');
  const units = await db
    .select({ id: orgUnit.id, code: orgUnit.code })
    .from(orgUnit)
    .where(and(eq(orgUnit.tenantId, tenantId), inArray(orgUnit.code, ['SGDDT', 'SYT'])));
  const byCode = new Map(units.map((u) => [u.code, u.id]));
  const education = byCode.get('SGDDT');
  const health = byCode.get('SYT');
  if (!education || !health) throw new Error('demo inspections: SGDDT or SYT missing');
  const ctx: RequestContext = {
    actor: {
      userId: '00000000-0000-7000-8000-000000000000',
      tenantId,
      roles: ['TENANT_ADMIN'],
      scopePath: root.path,
    },
    requestId: 'demo-seed',
  };
  const today = todayVn();
  const year = currentYearVn();
  const plan = await createInspectionPlan(db, ctx, {
    unitId: root.id,
    year,
    title: `Kế hoạch kiểm tra công tác thi đua, khen thưởng năm ${year}`,
    basis: `Kế hoạch số 15/KH-UBND ngày 20/01/${year} của Ủy ban nhân dân tỉnh`,
    units: [
      { unitId: education, startsOn: addDays(today, -40), endsOn: addDays(today, -38) },
      { unitId: health, startsOn: addDays(today, -30), endsOn: addDays(today, -29) },
    ],
  });
  const withDone = await createInspectionFinding(db, ctx, plan.id, {
    unitId: health,
    content:
      'Hồ sơ đề nghị khen thưởng năm trước thiếu biên bản họp Hội đồng Thi đua – Khen thưởng của Sở; việc công khai danh sách đề nghị chưa đủ 05 ngày làm việc.',
    recommendation: 'Bổ sung biên bản họp Hội đồng và công khai danh sách đủ thời gian theo quy định',
    followUpDueOn: addDays(today, -5),
    action: 'NONE',
  });
  const done = withDone.findings[0];
  if (done)
    await completeInspectionFinding(db, ctx, done.id, {
      version: done.version,
      completedOn: addDays(today, -7),
      note: 'Sở Y tế đã bổ sung biên bản và niêm yết danh sách 05 ngày làm việc.',
    });
  await createInspectionFinding(db, ctx, plan.id, {
    unitId: education,
    content:
      'Một số trường đề nghị danh hiệu Chiến sĩ thi đua cơ sở khi sáng kiến chưa được Hội đồng sáng kiến cấp cơ sở công nhận.',
    recommendation: 'Rà soát, chỉ đề nghị khi sáng kiến đã được công nhận; báo cáo kết quả rà soát',
    followUpDueOn: addDays(today, 5),
    action: 'NONE',
  });
}
