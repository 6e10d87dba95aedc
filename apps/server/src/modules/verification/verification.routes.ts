import { getConnInfo } from '@hono/node-server/conninfo';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { clientAddress } from '../../lib/client-address';
import type { AppEnv } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { jsonResponse } from '../../lib/openapi';
import { createRateLimiter } from '../../lib/rate-limiter';
import { defineRoute } from '../../lib/route';
import { VERIFICATION_CODE, verificationCodeParam, verificationOutput } from './verification.schemas';
import { verifyCode } from './verification.service';

const verify = defineRoute(
  { public: true },
  {
    method: 'get',
    path: '/public/verify/{code}',
    summary: 'Xác minh khen thưởng theo mã',
    tags: ['public'],
    request: { params: verificationCodeParam },
    responses: { 200: jsonResponse(verificationOutput, 'Kết quả xác minh khen thưởng') },
  },
);

/** 30 look-ups per minute per client: plenty for people scanning certificates, useless for guessing. */
export const VERIFY_LIMIT = { max: 30, windowMs: 60_000 };

export function registerVerificationRoutes(app: OpenAPIHono<AppEnv>) {
  // One limiter per app instance, so each server (and each test app) counts on its own.
  const limiter = createRateLimiter(VERIFY_LIMIT.max, VERIFY_LIMIT.windowMs);
  app.openapi(verify, async (c) => {
    const client = clientAddress(
      c.get('deps').config.trustedProxyHops,
      c.req.header('x-forwarded-for'),
      () => getConnInfo(c).remote.address,
    );
    if (!limiter.allow(client)) throw new AppError('RATE_LIMITED');
    c.header('cache-control', 'no-store');
    const { code } = c.req.valid('param');
    if (!VERIFICATION_CODE.test(code)) throw new AppError('VERIFICATION_NOT_FOUND');
    return c.json(await verifyCode(c.get('deps').db, code), 200);
  });
}
