import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { allowedActionsSchema, jsonBody, jsonResponse } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import { idParam } from '../org-units/index';
import { awardHitOutput } from './award-search.schemas';
import { DECISION_ACTIONS } from './decision-access';
import {
  createDecisionInput,
  decisionOutput,
  decisionPageOutput,
  listDecisionsQuery,
} from './decisions.schemas';
import { createDecision, getDecision, searchDecisions } from './decisions.service';

const tags = ['records'];

const list = defineRoute(
  { permission: 'record:read' },
  {
    method: 'get',
    path: '/decisions',
    summary: 'Tìm quyết định',
    tags,
    request: { query: listDecisionsQuery },
    responses: { 200: jsonResponse(decisionPageOutput, 'Danh sách quyết định') },
  },
);
const detail = defineRoute(
  { permission: 'record:read' },
  {
    method: 'get',
    path: '/decisions/{id}',
    summary: 'Xem quyết định',
    tags,
    request: { params: idParam },
    responses: {
      200: jsonResponse(
        z.object({
          decision: decisionOutput,
          awards: z.array(awardHitOutput),
          /** What the current user may do on it (decision-access.ts DECISION_ACTIONS). */
          allowedActions: allowedActionsSchema('DecisionAllowedActions', DECISION_ACTIONS),
        }),
        'Quyết định và các khen thưởng trong phạm vi',
      ),
    },
  },
);
const create = defineRoute(
  { permission: 'record:write' },
  {
    method: 'post',
    path: '/decisions',
    summary: 'Thêm quyết định',
    tags,
    request: jsonBody(createDecisionInput),
    responses: { 201: jsonResponse(decisionOutput, 'Đã thêm quyết định') },
  },
);

export function registerDecisionRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) =>
    c.json(await searchDecisions(c.get('deps').db, requestContext(c), c.req.valid('query')), 200),
  );
  app.openapi(detail, async (c) =>
    c.json(await getDecision(c.get('deps').db, requestContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(create, async (c) =>
    c.json(await createDecision(c.get('deps').db, requestContext(c), c.req.valid('json')), 201),
  );
}
