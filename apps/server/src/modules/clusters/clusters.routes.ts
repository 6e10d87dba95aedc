import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { jsonBody, jsonResponse } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import { idParam, yearQuery } from '../movements/index';
import { registerClusterVoteRoutes } from './cluster-vote.routes';
import {
  clusterDetail,
  clusterSummary,
  createClusterInput,
  electLeadershipInput,
  pledgeInput,
  templateInput,
  updateClusterInput,
} from './clusters.schemas';
import {
  addPledge,
  createCluster,
  electLeadership,
  getCluster,
  getClusters,
  putTemplate,
  updateCluster,
} from './clusters.service';
import { registerScoreRoutes } from './scores.routes';

const tags = ['clusters'];
const list = defineRoute(
  { permission: 'cluster:read' },
  {
    method: 'get',
    path: '/clusters',
    summary: 'Xem cụm, khối thi đua',
    tags,
    request: { query: yearQuery },
    responses: { 200: jsonResponse(z.object({ items: z.array(clusterSummary) }), 'Cụm, khối thi đua') },
  },
);
const create = defineRoute(
  { permission: 'cluster:manage' },
  {
    method: 'post',
    path: '/clusters',
    summary: 'Tạo cụm, khối thi đua',
    tags,
    request: jsonBody(createClusterInput),
    responses: { 201: jsonResponse(clusterDetail, 'Đã tạo cụm, khối') },
  },
);
const detail = defineRoute(
  { permission: 'cluster:read' },
  {
    method: 'get',
    path: '/clusters/{id}',
    summary: 'Xem một cụm, khối thi đua',
    tags,
    request: { params: idParam },
    responses: { 200: jsonResponse(clusterDetail, 'Cụm, khối thi đua') },
  },
);
const update = defineRoute(
  { permission: 'cluster:manage' },
  {
    method: 'patch',
    path: '/clusters/{id}',
    summary: 'Sửa cụm, khối thi đua',
    tags,
    request: { params: idParam, ...jsonBody(updateClusterInput) },
    responses: { 200: jsonResponse(clusterDetail, 'Đã cập nhật cụm, khối') },
  },
);
const elect = defineRoute(
  { permission: 'cluster:manage' },
  {
    method: 'post',
    path: '/clusters/{id}/leadership',
    summary: 'Ghi nhận cụm trưởng, cụm phó',
    tags,
    request: { params: idParam, ...jsonBody(electLeadershipInput) },
    responses: { 200: jsonResponse(clusterDetail, 'Đã ghi nhận cụm trưởng, cụm phó') },
  },
);
const template = defineRoute(
  { permission: 'cluster:manage' },
  {
    method: 'post',
    path: '/clusters/{id}/template',
    summary: 'Lưu bảng tiêu chí chấm điểm',
    tags,
    request: { params: idParam, ...jsonBody(templateInput) },
    responses: { 200: jsonResponse(clusterDetail, 'Đã lưu bảng tiêu chí') },
  },
);
const pledge = defineRoute(
  { permission: 'cluster:manage' },
  {
    method: 'post',
    path: '/clusters/{id}/pledges',
    summary: 'Ghi nhận giao ước thi đua',
    tags,
    request: { params: idParam, ...jsonBody(pledgeInput) },
    responses: { 201: jsonResponse(clusterDetail, 'Đã ghi nhận giao ước thi đua') },
  },
);

export function registerClusterRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) =>
    c.json({ items: await getClusters(c.get('deps').db, requestContext(c), c.req.valid('query').year) }, 200),
  );
  app.openapi(create, async (c) =>
    c.json(await createCluster(c.get('deps').db, requestContext(c), c.req.valid('json')), 201),
  );
  app.openapi(detail, async (c) =>
    c.json(await getCluster(c.get('deps').db, requestContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(update, async (c) =>
    c.json(
      await updateCluster(c.get('deps').db, requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(elect, async (c) =>
    c.json(
      await electLeadership(
        c.get('deps').db,
        requestContext(c),
        c.req.valid('param').id,
        c.req.valid('json'),
      ),
      200,
    ),
  );
  app.openapi(template, async (c) =>
    c.json(
      await putTemplate(c.get('deps').db, requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(pledge, async (c) =>
    c.json(
      await addPledge(c.get('deps').db, requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      201,
    ),
  );
  registerScoreRoutes(app);
  registerClusterVoteRoutes(app);
}
