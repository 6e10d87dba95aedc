import { getConnInfo } from '@hono/node-server/conninfo';
import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { clientAddress } from '../../lib/client-address';
import type { AppEnv } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { jsonBody, jsonResponse } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import { publicCommentInput } from './public-comment.schemas';
import { allowPublicWrite, listPublished, postPublicComment } from './public-comment.service';

const lists = defineRoute(
  { public: true },
  {
    method: 'get',
    path: '/public/comment-lists',
    summary: 'Xem danh sách đang lấy ý kiến công khai',
    tags: ['public'],
    responses: {
      200: jsonResponse(
        z.object({
          items: z.array(z.record(z.string(), z.unknown())),
          closedEarly: z.array(
            z.object({
              proposalId: z.string(),
              title: z.string(),
              tenantName: z.string(),
              until: z.string(),
              closedOn: z.string(),
              reason: z.string(),
            }),
          ),
        }),
        'Danh sách đang lấy ý kiến, và danh sách đã kết thúc sớm kèm căn cứ',
      ),
    },
  },
);
const post = defineRoute(
  { public: true },
  {
    method: 'post',
    path: '/public/comments',
    summary: 'Gửi ý kiến công khai',
    tags: ['public'],
    request: jsonBody(publicCommentInput),
    responses: {
      201: jsonResponse(z.object({ id: z.string(), status: z.literal('NEW') }), 'Đã ghi nhận ý kiến'),
    },
  },
);

export function registerPublicCommentRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(lists, async (c) => c.json(await listPublished(c.get('deps').db), 200));
  app.openapi(post, async (c) => {
    const input = c.req.valid('json');
    const client = clientAddress(
      c.get('deps').config.trustedProxyHops,
      c.req.header('x-forwarded-for'),
      () => getConnInfo(c).remote.address,
    );
    if (!allowPublicWrite(`${client}|${input.itemId}`)) throw new AppError('RATE_LIMITED');
    return c.json(await postPublicComment(c.get('deps').db, input, c.get('requestId')), 201);
  });
}
