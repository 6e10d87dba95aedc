import type { OpenAPIHono } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { jsonBody, jsonResponse } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import { proposeLeader, proposeLeaderInput } from '../clusters/index';
import { idParam } from '../movements/index';
import { proposalOutput } from './proposals.schemas';
import { createProposals } from './proposals.service';

// "Đề nghị Cờ thi đua" for the unit a cluster voted its leader: the vote is the clusters module's, the
// proposal this one's. The route lives here, where both are known, because proposals already read the
// cluster leadership (appraisal, the Cờ thi đua cap) and clusters may not import proposals back.
const propose = defineRoute(
  { permission: 'proposal:submit' },
  {
    method: 'post',
    path: '/clusters/{id}/vote/proposal',
    summary: 'Lập hồ sơ đề nghị Cờ thi đua cho đơn vị dẫn đầu',
    tags: ['clusters'],
    request: { params: idParam, ...jsonBody(proposeLeaderInput) },
    responses: { 201: jsonResponse(proposalOutput, 'Hồ sơ đề nghị Cờ thi đua cho đơn vị dẫn đầu') },
  },
);

export function registerClusterLeaderProposalRoute(app: OpenAPIHono<AppEnv>) {
  app.openapi(propose, async (c) =>
    c.json(
      await proposeLeader(
        c.get('deps').db,
        requestContext(c),
        c.req.valid('param').id,
        c.req.valid('json'),
        createProposals,
      ),
      201,
    ),
  );
}
