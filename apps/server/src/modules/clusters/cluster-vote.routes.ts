import type { OpenAPIHono } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { jsonBody, jsonResponse } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import { idParam } from '../movements/emulation-fields';
import { proposalOutput } from '../proposals/proposals.schemas';
import {
  ballotRecorded,
  closeVoteInput,
  clusterBallotInput,
  openVoteInput,
  proposeLeaderInput,
} from './cluster-vote.schemas';
import { castClusterBallot, closeVote, openVote, proposeLeader } from './cluster-vote.service';
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
const propose = defineRoute(
  { permission: 'proposal:submit' },
  {
    method: 'post',
    path: '/clusters/{id}/vote/proposal',
    summary: 'Lập hồ sơ đề nghị Cờ thi đua cho đơn vị dẫn đầu',
    tags,
    request: { params: idParam, ...jsonBody(proposeLeaderInput) },
    responses: { 201: jsonResponse(proposalOutput, 'Hồ sơ đề nghị Cờ thi đua cho đơn vị dẫn đầu') },
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
  app.openapi(propose, async (c) =>
    c.json(
      await proposeLeader(c.get('deps').db, requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      201,
    ),
  );
}
