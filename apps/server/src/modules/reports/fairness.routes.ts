import type { OpenAPIHono } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { jsonBody, jsonResponse } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import {
  fairnessOutput,
  fairnessQuery,
  fairnessRecordsQuery,
  targetsInput,
  targetsOutput,
} from './fairness.schemas';
import { getFairnessRecords, getFairnessView, saveTargets } from './fairness.service';
import { cellOutput } from './reports.schemas';

const tags = ['reports'];

const view = defineRoute(
  { permission: 'report:read' },
  {
    method: 'get',
    path: '/reports/fairness',
    summary: 'Xem tỷ lệ khen thưởng theo đối tượng ưu tiên',
    tags,
    request: { query: fairnessQuery },
    responses: { 200: jsonResponse(fairnessOutput, 'Tỷ lệ khen thưởng theo đối tượng ưu tiên') },
  },
);
const records = defineRoute(
  { permission: 'person:readSensitive' },
  {
    method: 'get',
    path: '/reports/fairness/records',
    summary: 'Xem các khen thưởng của một nhóm ưu tiên',
    tags,
    request: { query: fairnessRecordsQuery },
    responses: {
      200: jsonResponse(cellOutput.omit({ rowLabel: true, columnLabel: true }), 'Khen thưởng của nhóm'),
    },
  },
);
const targets = defineRoute(
  { permission: 'report:manage' },
  {
    method: 'put',
    path: '/reports/targets',
    summary: 'Lưu chỉ tiêu tỷ lệ khen thưởng',
    tags,
    request: jsonBody(targetsInput),
    responses: { 200: jsonResponse(targetsOutput, 'Đã lưu chỉ tiêu') },
  },
);

export function registerFairnessRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(view, async (c) =>
    c.json(await getFairnessView(c.get('readDb'), requestContext(c), c.req.valid('query')), 200),
  );
  app.openapi(records, async (c) =>
    c.json(await getFairnessRecords(c.get('readDb'), requestContext(c), c.req.valid('query')), 200),
  );
  app.openapi(targets, async (c) =>
    c.json(await saveTargets(c.get('deps').db, requestContext(c), c.req.valid('json')), 200),
  );
}
