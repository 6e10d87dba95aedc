import { type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Permission } from '@vinhdanh/domain/auth/permissions';
import { type AppEnv, requestContext } from '../../lib/context';
import { jsonBody, jsonResponse } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import { confirmMinutes } from './minutes-confirmation';
import { putComponent } from './proposal-components';
import { registerComponentFileRoutes } from './proposal-components.routes';
import * as t from './proposal-transitions.service';
import {
  appraiseItemInput,
  closePublicCommentInput,
  componentInput,
  confirmMinutesInput,
  createProposalInput,
  idParam,
  listQuery,
  openPublicCommentInput,
  proposalOutput,
  proposalPage,
  rejectInput,
  returnInput,
  submitInput,
  updateItemsInput,
  versionInput,
} from './proposals.schemas';
import {
  createProposals,
  getProposal,
  listProposals,
  myNotifications,
  myQueue,
  overdue,
  updateItems,
} from './proposals.service';
import { triageInput } from './public-comment.schemas';
import { listComments, triageComment } from './public-comment.service';

const tags = ['proposals'];
const pageQuery = listQuery.omit({ state: true });

const create = defineRoute(
  { permission: 'proposal:submit' },
  {
    method: 'post',
    path: '/proposals',
    summary: 'Tạo hồ sơ đề nghị',
    tags,
    request: jsonBody(createProposalInput),
    responses: {
      201: jsonResponse(
        z.object({ proposals: z.array(proposalOutput) }),
        'Hồ sơ đã tạo (tách theo cấp quyết định nếu yêu cầu)',
      ),
    },
  },
);
const list = defineRoute(
  { permission: 'proposal:read' },
  {
    method: 'get',
    path: '/proposals',
    summary: 'Tìm hồ sơ đề nghị',
    tags,
    request: { query: listQuery },
    responses: { 200: jsonResponse(proposalPage, 'Hồ sơ đề nghị') },
  },
);
const queue = defineRoute(
  { permission: 'proposal:read' },
  {
    method: 'get',
    path: '/proposals/queue',
    summary: 'Xem hồ sơ chờ tôi xử lý',
    tags,
    request: { query: pageQuery },
    responses: { 200: jsonResponse(proposalPage, 'Chờ tôi xử lý') },
  },
);
const late = defineRoute(
  { permission: 'proposal:read' },
  {
    method: 'get',
    path: '/proposals/overdue',
    summary: 'Xem hồ sơ quá hạn',
    tags,
    request: { query: pageQuery },
    responses: { 200: jsonResponse(proposalPage, 'Quá hạn') },
  },
);
const get = defineRoute(
  { permission: 'proposal:read' },
  {
    method: 'get',
    path: '/proposals/{id}',
    summary: 'Xem hồ sơ đề nghị',
    tags,
    request: { params: idParam },
    responses: { 200: jsonResponse(proposalOutput, 'Hồ sơ đề nghị') },
  },
);
const notifications = defineRoute(
  { authenticated: true },
  {
    method: 'get',
    path: '/notifications',
    summary: 'Xem thông báo của tôi',
    tags,
    responses: {
      200: jsonResponse(z.object({ items: z.array(z.record(z.string(), z.unknown())) }), 'Thông báo của tôi'),
    },
  },
);
const comments = defineRoute(
  { permission: 'proposal:appraise' },
  {
    method: 'get',
    path: '/proposals/{id}/comments',
    summary: 'Xem ý kiến công khai về hồ sơ',
    tags,
    request: { params: idParam },
    responses: {
      200: jsonResponse(z.object({ items: z.array(z.record(z.string(), z.unknown())) }), 'Ý kiến công khai'),
    },
  },
);

/** A write on one proposal: `POST|PUT /proposals/{id}/<action>` answering the proposal. */
function command<S extends z.ZodType>(
  permission: Permission,
  method: 'post' | 'put',
  action: string,
  body: S,
  summary: string,
) {
  return defineRoute(
    { permission },
    {
      method,
      path: `/proposals/{id}/${action}`,
      tags,
      summary,
      request: { params: idParam, ...jsonBody(body) },
      responses: { 200: jsonResponse(proposalOutput, 'Hồ sơ sau thao tác') },
    },
  );
}

export function registerProposalRoutes(app: OpenAPIHono<AppEnv>) {
  // Static paths before /proposals/{id}.
  app.openapi(queue, async (c) =>
    c.json(await myQueue(c.get('deps').db, requestContext(c), c.req.valid('query')), 200),
  );
  app.openapi(late, async (c) =>
    c.json(await overdue(c.get('deps').db, requestContext(c), c.req.valid('query')), 200),
  );
  app.openapi(list, async (c) =>
    c.json(await listProposals(c.get('deps').db, requestContext(c), c.req.valid('query')), 200),
  );
  app.openapi(create, async (c) =>
    c.json(await createProposals(c.get('deps').db, requestContext(c), c.req.valid('json')), 201),
  );
  app.openapi(get, async (c) =>
    c.json(await getProposal(c.get('deps').db, requestContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(notifications, async (c) =>
    c.json(await myNotifications(c.get('deps').db, requestContext(c)), 200),
  );
  app.openapi(comments, async (c) =>
    c.json(await listComments(c.get('deps').db, requestContext(c), c.req.valid('param').id), 200),
  );

  const items = command('proposal:submit', 'put', 'items', updateItemsInput, 'Sửa danh sách đối tượng');
  app.openapi(items, async (c) =>
    c.json(
      await updateItems(c.get('deps').db, requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  const component = command(
    'proposal:submit',
    'post',
    'components',
    componentInput,
    'Đánh dấu thành phần hồ sơ do hệ thống tạo',
  );
  app.openapi(component, async (c) =>
    c.json(
      await putComponent(
        c.get('deps').db,
        c.get('deps').config.dataDir,
        requestContext(c),
        c.req.valid('param').id,
        c.req.valid('json'),
      ),
      200,
    ),
  );
  registerComponentFileRoutes(app);
  const confirm = command(
    'minutes:confirm',
    'post',
    'components/confirm-minutes',
    confirmMinutesInput,
    'Lãnh đạo đơn vị xác nhận dự thảo biên bản xét khen thưởng',
  );
  app.openapi(confirm, async (c) =>
    c.json(
      await confirmMinutes(c.get('deps').db, requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  const triage = command(
    'proposal:appraise',
    'post',
    'comments/triage',
    triageInput,
    'Xử lý ý kiến công khai',
  );
  app.openapi(triage, async (c) =>
    c.json(
      await triageComment(c.get('deps').db, requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );

  const simple: [Permission, string, typeof t.receive, string][] = [
    ['proposal:submit', 'submit-for-review', t.submitForReview, 'Chuyển đơn vị bình xét'],
    ['proposal:appraise', 'receive', t.receive, 'Tiếp nhận hồ sơ'],
    ['proposal:appraise', 'forward', t.forward, 'Trình tiếp lên cấp trên'],
    ['proposal:appraise', 'start-appraisal', t.startAppraisal, 'Bắt đầu thẩm định (chạy đánh giá tự động)'],
    ['proposal:appraise', 'complete-appraisal', t.completeAppraisal, 'Kết thúc thẩm định'],
    ['proposal:appraise', 'open-council', t.openCouncil, 'Đưa ra Hội đồng'],
  ];
  for (const [permission, action, run, summary] of simple) {
    const route = command(permission, 'post', action, versionInput, summary);
    app.openapi(route, async (c) =>
      c.json(
        await run(c.get('deps').db, requestContext(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
    );
  }
  const sub = command(
    'proposal:submit',
    'post',
    'submit',
    submitInput,
    'Trình hồ sơ (đính kèm biên bản) hoặc trình lại; đối tượng chưa đủ điều kiện cần lý do',
  );
  app.openapi(sub, async (c) =>
    c.json(
      await t.submit(c.get('deps').db, requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  const ret = command('proposal:appraise', 'post', 'return', returnInput, 'Trả lại hồ sơ kèm lý do');
  app.openapi(ret, async (c) =>
    c.json(
      await t.returnProposal(
        c.get('deps').db,
        requestContext(c),
        c.req.valid('param').id,
        c.req.valid('json'),
      ),
      200,
    ),
  );
  const appraise = command(
    'proposal:appraise',
    'post',
    'appraise-item',
    appraiseItemInput,
    'Xác nhận hoặc điều chỉnh kết quả thẩm định một đối tượng',
  );
  app.openapi(appraise, async (c) =>
    c.json(
      await t.appraiseItem(c.get('deps').db, requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  const closePc = command(
    'proposal:appraise',
    'post',
    'public-comment/close',
    closePublicCommentInput,
    'Kết thúc lấy ý kiến công khai (trước hạn phải nêu căn cứ pháp lý)',
  );
  app.openapi(closePc, async (c) =>
    c.json(
      await t.closePublicComment(
        c.get('deps').db,
        requestContext(c),
        c.req.valid('param').id,
        c.req.valid('json'),
      ),
      200,
    ),
  );
  const openPc = command(
    'proposal:appraise',
    'post',
    'public-comment/open',
    openPublicCommentInput,
    'Công khai lấy ý kiến',
  );
  app.openapi(openPc, async (c) =>
    c.json(
      await t.openPublicComment(
        c.get('deps').db,
        requestContext(c),
        c.req.valid('param').id,
        c.req.valid('json'),
      ),
      200,
    ),
  );
  const rej = command('proposal:appraise', 'post', 'reject', rejectInput, 'Không khen thưởng');
  app.openapi(rej, async (c) =>
    c.json(
      await t.reject(c.get('deps').db, requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
}
