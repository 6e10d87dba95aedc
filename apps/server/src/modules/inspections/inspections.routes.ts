import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { binaryResponse, DOCX_TYPE, sendFile } from '../../lib/download';
import { jsonBody, jsonResponse } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import { idParam } from '../org-units/index';
import { completeInspectionFinding, createInspectionFinding } from './inspection-findings.service';
import {
  createInspectionPlan,
  deleteInspectionPlan,
  getInspectionPlan,
  listInspectionPlans,
  updateInspectionPlan,
} from './inspection-plans.service';
import { inspectionReportDocx } from './inspection-report.service';
import {
  completeFindingInput,
  createFindingInput,
  createPlanInput,
  planListOutput,
  planListQuery,
  planOutput,
  updatePlanInput,
} from './inspections.schemas';

const tags = ['inspections'];
const access = { permission: 'inspection:manage' } as const;
const params = { params: idParam };

const list = defineRoute(access, {
  method: 'get',
  path: '/inspection-plans',
  summary: 'Xem kế hoạch kiểm tra công tác thi đua, khen thưởng trong phạm vi',
  tags,
  request: { query: planListQuery },
  responses: { 200: jsonResponse(planListOutput, 'Kế hoạch kiểm tra trong phạm vi') },
});
const create = defineRoute(access, {
  method: 'post',
  path: '/inspection-plans',
  summary: 'Lập kế hoạch kiểm tra năm',
  tags,
  request: jsonBody(createPlanInput),
  responses: { 201: jsonResponse(planOutput, 'Đã lập kế hoạch kiểm tra') },
});
const read = defineRoute(access, {
  method: 'get',
  path: '/inspection-plans/{id}',
  summary: 'Xem kế hoạch kiểm tra, đơn vị được kiểm tra và kết quả',
  tags,
  request: params,
  responses: { 200: jsonResponse(planOutput, 'Kế hoạch kiểm tra') },
});
const update = defineRoute(access, {
  method: 'put',
  path: '/inspection-plans/{id}',
  summary: 'Sửa kế hoạch kiểm tra (tên, căn cứ, đơn vị và thời gian)',
  tags,
  request: { ...params, ...jsonBody(updatePlanInput) },
  responses: { 200: jsonResponse(planOutput, 'Kế hoạch kiểm tra sau khi sửa') },
});
const remove = defineRoute(access, {
  method: 'delete',
  path: '/inspection-plans/{id}',
  summary: 'Xóa kế hoạch kiểm tra chưa có kết quả',
  tags,
  request: params,
  responses: { 200: jsonResponse(z.object({ id: z.string() }), 'Đã xóa') },
});
const addFinding = defineRoute(access, {
  method: 'post',
  path: '/inspection-plans/{id}/findings',
  summary: 'Ghi nhận kết quả kiểm tra và kiến nghị tại một đơn vị',
  tags,
  request: { ...params, ...jsonBody(createFindingInput) },
  responses: { 201: jsonResponse(planOutput, 'Kế hoạch kiểm tra kèm kết quả mới') },
});
const complete = defineRoute(access, {
  method: 'post',
  path: '/inspection-findings/{id}/complete',
  summary: 'Ghi nhận đơn vị đã thực hiện kiến nghị (giải tỏa tạm hoãn nếu có)',
  tags,
  request: { ...params, ...jsonBody(completeFindingInput) },
  responses: { 200: jsonResponse(planOutput, 'Kế hoạch kiểm tra sau khi cập nhật') },
});
const report = defineRoute(access, {
  method: 'get',
  path: '/inspection-plans/{id}/report.docx',
  summary: 'Tải báo cáo kết quả kiểm tra (.docx, thể thức Nghị định 30)',
  tags,
  request: params,
  responses: { 200: binaryResponse(DOCX_TYPE, 'Báo cáo kết quả kiểm tra') },
});

export function registerInspectionRoutes(app: OpenAPIHono<AppEnv>) {
  const db = (c: { get: (k: 'deps') => AppEnv['Variables']['deps'] }) => c.get('deps').db;
  app.openapi(list, async (c) =>
    c.json(await listInspectionPlans(db(c), requestContext(c), c.req.valid('query').year), 200),
  );
  app.openapi(create, async (c) =>
    c.json(await createInspectionPlan(db(c), requestContext(c), c.req.valid('json')), 201),
  );
  app.openapi(read, async (c) =>
    c.json(await getInspectionPlan(db(c), requestContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(update, async (c) =>
    c.json(
      await updateInspectionPlan(db(c), requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(remove, async (c) =>
    c.json(await deleteInspectionPlan(db(c), requestContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(addFinding, async (c) =>
    c.json(
      await createInspectionFinding(db(c), requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      201,
    ),
  );
  app.openapi(complete, async (c) =>
    c.json(
      await completeInspectionFinding(db(c), requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(report, async (c) => {
    return sendFile(
      c,
      DOCX_TYPE,
      await inspectionReportDocx(db(c), requestContext(c), c.req.valid('param').id),
    );
  });
}
