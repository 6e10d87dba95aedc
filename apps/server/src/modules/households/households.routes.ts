import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { jsonBody, jsonResponse } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import {
  collectiveOutput,
  createCollectiveInput,
  createHouseholdInput,
  householdOutput,
  unitQuery,
} from './households.schemas';
import { createCollective, createHousehold, listCollectives, listHouseholds } from './households.service';

const listH = defineRoute(
  { permission: 'person:read' },
  {
    method: 'get',
    path: '/households',
    summary: 'Tìm hộ gia đình',
    tags: ['people'],
    request: { query: unitQuery },
    responses: { 200: jsonResponse(z.object({ items: z.array(householdOutput) }), 'Hộ gia đình') },
  },
);
const createH = defineRoute(
  { permission: 'person:create' },
  {
    method: 'post',
    path: '/households',
    summary: 'Thêm hộ gia đình',
    tags: ['people'],
    request: jsonBody(createHouseholdInput),
    responses: { 201: jsonResponse(householdOutput, 'Đã thêm hộ gia đình') },
  },
);
const listC = defineRoute(
  { permission: 'person:read' },
  {
    method: 'get',
    path: '/collectives',
    summary: 'Tìm tập thể',
    tags: ['people'],
    request: { query: unitQuery },
    responses: { 200: jsonResponse(z.object({ items: z.array(collectiveOutput) }), 'Tập thể') },
  },
);
const createC = defineRoute(
  { permission: 'person:create' },
  {
    method: 'post',
    path: '/collectives',
    summary: 'Thêm tập thể',
    tags: ['people'],
    request: jsonBody(createCollectiveInput),
    responses: { 201: jsonResponse(collectiveOutput, 'Đã thêm tập thể') },
  },
);

export function registerHouseholdRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(listH, async (c) =>
    c.json(
      { items: await listHouseholds(c.get('deps').db, requestContext(c), c.req.valid('query').unitId) },
      200,
    ),
  );
  app.openapi(createH, async (c) =>
    c.json(await createHousehold(c.get('deps').db, requestContext(c), c.req.valid('json')), 201),
  );
  app.openapi(listC, async (c) =>
    c.json(
      { items: await listCollectives(c.get('deps').db, requestContext(c), c.req.valid('query').unitId) },
      200,
    ),
  );
  app.openapi(createC, async (c) =>
    c.json(await createCollective(c.get('deps').db, requestContext(c), c.req.valid('json')), 201),
  );
}
