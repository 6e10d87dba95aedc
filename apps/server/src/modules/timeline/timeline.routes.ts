import type { OpenAPIHono } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { jsonResponse } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import { idParam } from '../org-units/index';
import { timelineView } from './timeline.schemas';
import { getPersonTimeline, getUnitTimeline } from './timeline.service';

const person = defineRoute(
  { permission: 'record:read' },
  {
    method: 'get',
    path: '/people/{id}/timeline',
    summary: 'Xem quá trình thi đua, khen thưởng của cá nhân',
    tags: ['records'],
    request: { params: idParam },
    responses: { 200: jsonResponse(timelineView, 'Quá trình thi đua, khen thưởng của cá nhân theo năm') },
  },
);
const unit = defineRoute(
  { permission: 'record:read' },
  {
    method: 'get',
    path: '/org-units/{id}/timeline',
    summary: 'Xem quá trình thi đua, khen thưởng của tập thể',
    tags: ['records'],
    request: { params: idParam },
    responses: { 200: jsonResponse(timelineView, 'Quá trình thi đua, khen thưởng của tập thể theo năm') },
  },
);

export function registerTimelineRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(person, async (c) =>
    c.json(await getPersonTimeline(c.get('readDb'), requestContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(unit, async (c) =>
    c.json(await getUnitTimeline(c.get('readDb'), requestContext(c), c.req.valid('param').id), 200),
  );
}
