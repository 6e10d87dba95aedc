import type { OpenAPIHono } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { attachment } from '../../lib/download';
import { fileResponse, jsonBody, jsonResponse } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import { outgoingIdParam, proposalIdParam, sendUpInput, sendUpOutput } from './upper-level.schemas';
import { downloadOutgoing, sendUp } from './upper-level.service';

const sendUpRoute = defineRoute(
  { permission: 'proposal:appraise' },
  {
    method: 'post',
    path: '/proposals/{id}/send-up',
    summary: 'Gửi hồ sơ lên cấp trên (gói hồ sơ có ký số)',
    tags: ['proposals'],
    request: { params: proposalIdParam, ...jsonBody(sendUpInput) },
    responses: { 201: jsonResponse(sendUpOutput, 'Gói hồ sơ đã được ký và xếp hàng gửi lên cấp trên') },
  },
);

const download = defineRoute(
  { permission: 'proposal:read' },
  {
    method: 'get',
    path: '/exchange/outgoing/{id}/file',
    summary: 'Tải gói hồ sơ gửi lên cấp trên (tệp JSON có ký số)',
    tags: ['proposals'],
    request: { params: outgoingIdParam },
    responses: { 200: fileResponse('application/json', 'Tệp gói hồ sơ (vinhdanh-package-envelope/1)') },
  },
);

export function registerUpperLevelRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(sendUpRoute, async (c) => {
    const { db, config } = c.get('deps');
    const out = await sendUp(db, config, requestContext(c), c.req.valid('param').id, c.req.valid('json'));
    return c.json(out, 201);
  });
  app.openapi(download, async (c) => {
    const file = await downloadOutgoing(c.get('deps').db, requestContext(c), c.req.valid('param').id);
    return c.body(file.body, 200, {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': attachment(file.fileName),
    });
  });
}
