import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { jsonBody, jsonResponse } from '../../lib/openapi';
import { publicBaseUrl } from '../../lib/public-url';
import { defineRoute } from '../../lib/route';
import { decisionSignatureOutput, signDecisionInput } from './signing.schemas';
import { decisionSignature, signDecisionWithSeal } from './signing.service';

const tags = ['signing'];
const params = z.object({ id: z.uuid({ error: 'Mã quyết định không hợp lệ' }) });

const sign = defineRoute(
  { permission: 'decision:issue' },
  {
    method: 'post',
    path: '/decisions/{id}/signature',
    summary: 'Ký số quyết định và giấy khen bằng chứng thư số của cơ quan',
    tags,
    request: { params, ...jsonBody(signDecisionInput) },
    responses: {
      201: jsonResponse(
        decisionSignatureOutput,
        'Đã ký số quyết định và giấy khen bằng chứng thư số của cơ quan (PAdES B-B)',
      ),
    },
  },
);

const status = defineRoute(
  { permission: 'document:generate' },
  {
    method: 'get',
    path: '/decisions/{id}/signature',
    summary: 'Xem tình trạng ký số của quyết định',
    tags,
    request: { params },
    responses: { 200: jsonResponse(decisionSignatureOutput, 'Tình trạng ký số của quyết định') },
  },
);

export function registerSigningRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(sign, async (c) => {
    const { db, config } = c.get('deps');
    return c.json(
      await signDecisionWithSeal(
        db,
        config,
        requestContext(c),
        c.req.valid('param').id,
        publicBaseUrl(config, c.req.url),
      ),
      201,
    );
  });
  app.openapi(status, async (c) => {
    const { db, config } = c.get('deps');
    return c.json(await decisionSignature(db, config, requestContext(c), c.req.valid('param').id), 200);
  });
}
