import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { jsonBody, jsonResponse } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import { listMemberCandidates, listProposalCandidates, listSessions } from './council-lists.service';
import {
  ballotInput,
  closeSessionInput,
  councilMinutesOutput,
  councilSessionOutput,
  councilUnitQuery,
  createSessionInput,
  listSessionsQuery,
  memberCandidate,
  proposalCandidate,
  sessionIdParam,
  sessionPage,
  writtenBallotInput,
} from './councils.schemas';
import {
  castBallot,
  closeSession,
  createSession,
  getSession,
  openSession,
  recordWrittenBallot,
  sessionMinutes,
} from './councils.service';

const tags = ['councils'];
const session = councilSessionOutput;
const recorded = z.object({ itemId: z.string(), recorded: z.literal(true) });

const create = defineRoute(
  { permission: 'council:manage' },
  {
    method: 'post',
    path: '/councils',
    summary: 'Tạo phiên họp Hội đồng',
    tags,
    request: jsonBody(createSessionInput),
    responses: { 201: jsonResponse(session, 'Phiên họp Hội đồng') },
  },
);
const list = defineRoute(
  { permission: 'proposal:read' },
  {
    method: 'get',
    path: '/councils',
    summary: 'Xem phiên họp Hội đồng',
    tags,
    request: { query: listSessionsQuery },
    responses: { 200: jsonResponse(sessionPage, 'Phiên họp Hội đồng trong phạm vi') },
  },
);
const memberCandidates = defineRoute(
  { permission: 'council:manage' },
  {
    method: 'get',
    path: '/councils/member-candidates',
    summary: 'Xem người có thể là thành viên Hội đồng',
    tags,
    request: { query: councilUnitQuery },
    responses: {
      200: jsonResponse(
        z.object({ items: z.array(memberCandidate), minMembers: z.number() }),
        'Người có thể là thành viên Hội đồng, và số thành viên tối thiểu',
      ),
    },
  },
);
const proposalCandidates = defineRoute(
  { permission: 'council:manage' },
  {
    method: 'get',
    path: '/councils/proposal-candidates',
    summary: 'Xem hồ sơ chờ Hội đồng bỏ phiếu',
    tags,
    request: { query: councilUnitQuery },
    responses: {
      200: jsonResponse(z.object({ items: z.array(proposalCandidate) }), 'Hồ sơ chờ Hội đồng bỏ phiếu'),
    },
  },
);
const get = defineRoute(
  { permission: 'proposal:read' },
  {
    method: 'get',
    path: '/councils/{id}',
    summary: 'Xem một phiên họp Hội đồng',
    tags,
    request: { params: sessionIdParam },
    responses: { 200: jsonResponse(session, 'Phiên họp Hội đồng') },
  },
);
const minutes = defineRoute(
  { permission: 'proposal:read' },
  {
    method: 'get',
    path: '/councils/{id}/minutes',
    summary: 'Xem dữ liệu biên bản họp Hội đồng',
    tags,
    request: { params: sessionIdParam },
    responses: { 200: jsonResponse(councilMinutesOutput, 'Dữ liệu biên bản') },
  },
);
const vote = defineRoute(
  { permission: 'council:vote' },
  {
    method: 'post',
    path: '/councils/{id}/ballots',
    summary: 'Bỏ phiếu',
    tags,
    request: { params: sessionIdParam, ...jsonBody(ballotInput) },
    responses: {
      201: jsonResponse(
        z.object({ items: z.number(), recorded: z.literal(true) }),
        'Đã ghi nhận toàn bộ phiếu của thành viên',
      ),
    },
  },
);
const written = defineRoute(
  { permission: 'council:manage' },
  {
    method: 'post',
    path: '/councils/{id}/written-ballots',
    summary: 'Ghi nhận phiếu bằng văn bản',
    tags,
    request: { params: sessionIdParam, ...jsonBody(writtenBallotInput) },
    responses: { 201: jsonResponse(recorded, 'Đã ghi nhận phiếu bằng văn bản') },
  },
);
const open = defineRoute(
  { permission: 'council:manage' },
  {
    method: 'post',
    path: '/councils/{id}/open',
    summary: 'Khai mạc phiên họp',
    tags,
    request: { params: sessionIdParam, ...jsonBody(closeSessionInput) },
    responses: { 200: jsonResponse(session, 'Phiên họp đã khai mạc, thành viên bỏ phiếu được') },
  },
);
const close = defineRoute(
  { permission: 'council:manage' },
  {
    method: 'post',
    path: '/councils/{id}/close',
    summary: 'Kết thúc phiên họp',
    tags,
    request: { params: sessionIdParam, ...jsonBody(closeSessionInput) },
    responses: { 200: jsonResponse(session, 'Kết quả phiên họp') },
  },
);

export function registerCouncilRoutes(app: OpenAPIHono<AppEnv>) {
  // Static paths before /councils/{id}.
  app.openapi(list, async (c) =>
    c.json(await listSessions(c.get('deps').db, requestContext(c), c.req.valid('query')), 200),
  );
  app.openapi(memberCandidates, async (c) =>
    c.json(await listMemberCandidates(c.get('deps').db, requestContext(c), c.req.valid('query').unitId), 200),
  );
  app.openapi(proposalCandidates, async (c) =>
    c.json(
      await listProposalCandidates(c.get('deps').db, requestContext(c), c.req.valid('query').unitId),
      200,
    ),
  );
  app.openapi(create, async (c) =>
    c.json(await createSession(c.get('deps').db, requestContext(c), c.req.valid('json')), 201),
  );
  app.openapi(get, async (c) =>
    c.json(await getSession(c.get('deps').db, requestContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(minutes, async (c) =>
    c.json(await sessionMinutes(c.get('deps').db, requestContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(vote, async (c) =>
    c.json(
      await castBallot(c.get('deps').db, requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      201,
    ),
  );
  app.openapi(written, async (c) =>
    c.json(
      await recordWrittenBallot(
        c.get('deps').db,
        requestContext(c),
        c.req.valid('param').id,
        c.req.valid('json'),
      ),
      201,
    ),
  );
  app.openapi(open, async (c) =>
    c.json(
      await openSession(
        c.get('deps').db,
        requestContext(c),
        c.req.valid('param').id,
        c.req.valid('json').expectedVersion,
      ),
      200,
    ),
  );
  app.openapi(close, async (c) =>
    c.json(
      await closeSession(
        c.get('deps').db,
        requestContext(c),
        c.req.valid('param').id,
        c.req.valid('json').expectedVersion,
      ),
      200,
    ),
  );
}
