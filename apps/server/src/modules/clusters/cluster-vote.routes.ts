import type { OpenAPIHono } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { jsonBody, jsonResponse } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import { idParam } from '../movements/index';
import { ballotRecorded, closeVoteInput, clusterBallotInput, openVoteInput } from './cluster-vote.schemas';
import { castClusterBallot, closeVote, openVote } from './cluster-vote.service';
import { clusterDetail } from './clusters.schemas';

const tags = ['clusters'];
const open = defineRoute(
  { permission: 'cluster:manage' },
  {
    method: 'post',
    path: '/clusters/{id}/vote',
    summary: 'Mở bỏ phiếu suy tôn',
    tags,
    request: { params: idParam, ...jsonBody(openVoteInput) },
    responses: { 201: jsonResponse(clusterDetail, 'Đã mở bỏ phiếu suy tôn') },
  },
);
const ballot = defineRoute(
  { permission: 'cluster:vote' },
  {
    method: 'post',
    path: '/clusters/{id}/vote/ballots',
    summary: 'Bỏ phiếu suy tôn',
    tags,
    request: { params: idParam, ...jsonBody(clusterBallotInput) },
    responses: { 201: jsonResponse(ballotRecorded, 'Đã ghi nhận phiếu') },
  },
);
const close = defineRoute(
  { permission: 'cluster:manage' },
  {
    method: 'post',
    path: '/clusters/{id}/vote/close',
    summary: 'Kết thúc bỏ phiếu suy tôn',
    tags,
    request: { params: idParam, ...jsonBody(closeVoteInput) },
    responses: { 200: jsonResponse(clusterDetail, 'Kết quả bỏ phiếu suy tôn') },
  },
);
export function registerClusterVoteRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(open, async (c) =>
    c.json(
      await openVote(c.get('deps').db, requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      201,
    ),
  );
  app.openapi(ballot, async (c) =>
    c.json(
      await castClusterBallot(
        c.get('deps').db,
        requestContext(c),
        c.req.valid('param').id,
        c.req.valid('json'),
      ),
      201,
    ),
  );
  app.openapi(close, async (c) =>
    c.json(
      await closeVote(c.get('deps').db, requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
}
