import type { OpenAPIHono } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { fileResponse, jsonBody, jsonResponse } from '../../lib/openapi';
import { publicBaseUrl } from '../../lib/public-url';
import { defineRoute } from '../../lib/route';
import { servedFileHeaders } from '../../platform/upload/index';
import { decideIncoming } from './incoming-decision.service';
import {
  approveIncomingInput,
  decideIncomingInput,
  incomingDossierList,
  incomingDossierView,
  incomingFileParam,
  incomingIdParam as params,
  returnIncomingInput,
} from './incoming-dossiers.schemas';
import {
  approveIncoming,
  getIncoming,
  listIncoming,
  readIncomingFile,
  returnIncoming,
} from './incoming-dossiers.service';

const tags = ['incoming-dossiers'];

const list = defineRoute(
  { permission: 'proposal:read' },
  {
    method: 'get',
    path: '/incoming-dossiers',
    summary: 'Danh sách hồ sơ cấp dưới gửi lên',
    tags,
    responses: { 200: jsonResponse(incomingDossierList, 'Hồ sơ cấp dưới gửi lên, mới nhất trước') },
  },
);

const detail = defineRoute(
  { permission: 'proposal:read' },
  {
    method: 'get',
    path: '/incoming-dossiers/{id}',
    summary: 'Xem hồ sơ cấp dưới gửi lên, với kết quả xét của cấp dưới và của đơn vị mình',
    tags,
    request: { params },
    responses: { 200: jsonResponse(incomingDossierView, 'Hồ sơ cấp dưới gửi lên') },
  },
);

const file = defineRoute(
  { permission: 'proposal:read' },
  {
    method: 'get',
    path: '/incoming-dossiers/{id}/files/{fileId}',
    summary: 'Tải tệp của hồ sơ cấp dưới gửi lên hoặc của quyết định đã ban hành',
    tags,
    request: { params: incomingFileParam },
    responses: { 200: fileResponse('application/pdf', 'Tệp của hồ sơ') },
  },
);

const giveBack = defineRoute(
  { permission: 'proposal:appraise' },
  {
    method: 'post',
    path: '/incoming-dossiers/{id}/return',
    summary: 'Trả lại hồ sơ cho cấp dưới, kèm lý do',
    tags,
    request: { params, ...jsonBody(returnIncomingInput) },
    responses: { 200: jsonResponse(incomingDossierView, 'Đã trả lại hồ sơ; gói trả lại đang được gửi') },
  },
);

const approve = defineRoute(
  { permission: 'proposal:appraise' },
  {
    method: 'post',
    path: '/incoming-dossiers/{id}/approve',
    summary: 'Chấp thuận hoặc không chấp thuận từng đối tượng đề nghị',
    tags,
    request: { params, ...jsonBody(approveIncomingInput) },
    responses: { 200: jsonResponse(incomingDossierView, 'Đã ghi ý kiến chấp thuận') },
  },
);

const decide = defineRoute(
  { permission: 'decision:issue' },
  {
    method: 'post',
    path: '/incoming-dossiers/{id}/decide',
    summary: 'Ban hành quyết định, ký số và gửi quyết định về cấp dưới',
    tags,
    request: { params, ...jsonBody(decideIncomingInput) },
    responses: {
      200: jsonResponse(incomingDossierView, 'Đã ban hành và ký số quyết định; gói quyết định đang được gửi'),
    },
  },
);

export function registerIncomingDossierRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) => c.json(await listIncoming(c.get('deps').db, requestContext(c)), 200));
  app.openapi(detail, async (c) =>
    c.json(await getIncoming(c.get('deps').db, requestContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(file, async (c) => {
    const { db, config } = c.get('deps');
    const { id, fileId } = c.req.valid('param');
    const f = await readIncomingFile(db, config.dataDir, requestContext(c), id, fileId);
    return c.body(new Uint8Array(f.bytes), 200, servedFileHeaders(f));
  });
  app.openapi(giveBack, async (c) => {
    const { db, config } = c.get('deps');
    const ctx = requestContext(c);
    return c.json(await returnIncoming(db, config, ctx, c.req.valid('param').id, c.req.valid('json')), 200);
  });
  app.openapi(approve, async (c) => {
    const { db } = c.get('deps');
    return c.json(
      await approveIncoming(db, requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    );
  });
  app.openapi(decide, async (c) => {
    const { db, config } = c.get('deps');
    const view = await decideIncoming(
      db,
      config,
      requestContext(c),
      c.req.valid('param').id,
      c.req.valid('json'),
      publicBaseUrl(config, c.req.url),
    );
    return c.json(view, 200);
  });
}
