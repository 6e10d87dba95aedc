import type { OpenAPIHono } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { jsonBody, jsonResponse } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import { idParam } from '../org-units/index';
import {
  classifyInput,
  complaintDetailOutput,
  complaintFiledOutput,
  complaintListOutput,
  complaintPartyOutput,
  concludeInput,
  fileComplaintInput,
  stepInput,
} from './complaints.schemas';
import {
  acceptComplaint,
  classifyComplaint,
  concludeComplaint,
  getComplaint,
  listComplaints,
  readComplaintParty,
  recordPaperComplaint,
  verifyComplaint,
} from './complaints.service';

const tags = ['complaints'];
const access = { permission: 'complaint:handle' } as const;

const list = defineRoute(access, {
  method: 'get',
  path: '/complaints',
  summary: 'Xem đơn khiếu nại, tố cáo trong phạm vi',
  tags,
  responses: { 200: jsonResponse(complaintListOutput, 'Đơn khiếu nại, tố cáo trong phạm vi') },
});
const intake = defineRoute(access, {
  method: 'post',
  path: '/complaints',
  summary: 'Tiếp nhận đơn khiếu nại, tố cáo',
  tags,
  request: jsonBody(fileComplaintInput),
  responses: { 201: jsonResponse(complaintFiledOutput, 'Đã tiếp nhận đơn') },
});
const read = defineRoute(access, {
  method: 'get',
  path: '/complaints/{id}',
  summary: 'Xem đơn khiếu nại, tố cáo',
  tags,
  request: { params: idParam },
  responses: { 200: jsonResponse(complaintDetailOutput, 'Đơn khiếu nại, tố cáo') },
});
const party = defineRoute(access, {
  method: 'get',
  path: '/complaints/{id}/party',
  summary: 'Xem thông tin người gửi đơn',
  tags,
  request: { params: idParam },
  responses: {
    200: jsonResponse(complaintPartyOutput, 'Thông tin người gửi (chỉ người được giao giải quyết)'),
  },
});
const STEP_SUMMARY = {
  classify: 'Phân loại đơn',
  accept: 'Thụ lý đơn',
  verify: 'Xác minh nội dung đơn',
  conclude: 'Kết luận giải quyết đơn',
} as const;
const step = (
  name: keyof typeof STEP_SUMMARY,
  schema: typeof stepInput | typeof classifyInput | typeof concludeInput,
) =>
  defineRoute(access, {
    method: 'post',
    path: `/complaints/{id}/${name}`,
    summary: STEP_SUMMARY[name],
    tags,
    request: { params: idParam, ...jsonBody(schema) },
    responses: { 200: jsonResponse(complaintDetailOutput, 'Đơn sau bước xử lý') },
  });
const classify = step('classify', classifyInput);
const accept = step('accept', stepInput);
const verify = step('verify', stepInput);
const conclude = step('conclude', concludeInput);

export function registerComplaintRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) => c.json(await listComplaints(c.get('deps').db, requestContext(c)), 200));
  app.openapi(intake, async (c) =>
    c.json(await recordPaperComplaint(c.get('deps').db, requestContext(c), c.req.valid('json')), 201),
  );
  app.openapi(read, async (c) =>
    c.json(await getComplaint(c.get('deps').db, requestContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(party, async (c) => {
    c.header('cache-control', 'no-store');
    return c.json(
      await readComplaintParty(c.get('deps').db, requestContext(c), c.req.valid('param').id),
      200,
    );
  });
  app.openapi(classify, async (c) =>
    c.json(
      await classifyComplaint(
        c.get('deps').db,
        requestContext(c),
        c.req.valid('param').id,
        c.req.valid('json') as never,
      ),
      200,
    ),
  );
  app.openapi(accept, async (c) =>
    c.json(
      await acceptComplaint(
        c.get('deps').db,
        requestContext(c),
        c.req.valid('param').id,
        c.req.valid('json') as never,
      ),
      200,
    ),
  );
  app.openapi(verify, async (c) =>
    c.json(
      await verifyComplaint(
        c.get('deps').db,
        requestContext(c),
        c.req.valid('param').id,
        c.req.valid('json') as never,
      ),
      200,
    ),
  );
  app.openapi(conclude, async (c) =>
    c.json(
      await concludeComplaint(
        c.get('deps').db,
        requestContext(c),
        c.req.valid('param').id,
        c.req.valid('json') as never,
      ),
      200,
    ),
  );
}
