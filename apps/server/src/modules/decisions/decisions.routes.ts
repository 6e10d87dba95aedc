import { type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Db } from '../../db/client';
import { type AppEnv, requestContext } from '../../lib/context';
import { jsonBody, jsonResponse } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import { proposalOutput } from '../proposals/index';
import { decisionOutput, externalDecisionInput, issueDecisionInput, revokeInput } from './decisions.schemas';
import { issueDecision, recordExternalDecision, revokeDecisionItem } from './decisions.service';

const tags = ['decisions'];
const issue = defineRoute(
  { permission: 'decision:issue' },
  {
    method: 'post',
    path: '/decisions/issue',
    summary: 'Ban hành quyết định khen thưởng',
    tags,
    request: jsonBody(issueDecisionInput),
    responses: { 201: jsonResponse(decisionOutput, 'Đã ban hành quyết định') },
  },
);
const external = defineRoute(
  { permission: 'decision:issue' },
  {
    method: 'post',
    path: '/decisions/external',
    summary: 'Vào sổ quyết định của cấp trên',
    tags,
    request: jsonBody(externalDecisionInput),
    responses: { 201: jsonResponse(decisionOutput, 'Đã ghi nhận quyết định của cấp trên') },
  },
);
const revoke = defineRoute(
  { permission: 'decision:revoke' },
  {
    method: 'post',
    path: '/decisions/{id}/revocations',
    summary: 'Thu hồi khen thưởng trong quyết định',
    tags,
    request: {
      params: z.object({ id: z.uuid({ error: 'Mã quyết định không hợp lệ' }) }),
      ...jsonBody(revokeInput),
    },
    responses: { 200: jsonResponse(proposalOutput, 'Đã thu hồi khen thưởng') },
  },
);

/** Whether a decision is signed: signing's check, passed in (signing builds on decisions). */
type IsSigned = (db: Db, tenantId: string, decisionId: string) => Promise<boolean>;

export function registerDecisionRoutes(app: OpenAPIHono<AppEnv>, isSigned?: IsSigned) {
  app.openapi(issue, async (c) =>
    c.json(await issueDecision(c.get('deps').db, requestContext(c), c.req.valid('json')), 201),
  );
  app.openapi(external, async (c) =>
    c.json(await recordExternalDecision(c.get('deps').db, requestContext(c), c.req.valid('json')), 201),
  );
  app.openapi(revoke, async (c) =>
    c.json(
      await revokeDecisionItem(
        c.get('deps').db,
        requestContext(c),
        c.req.valid('param').id,
        c.req.valid('json'),
        isSigned,
      ),
      200,
    ),
  );
}
