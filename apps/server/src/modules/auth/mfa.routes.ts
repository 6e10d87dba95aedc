import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { defineRoute } from '../../lib/route';
import { enableMfa, startMfaEnrolment, verifyMfa } from './mfa.service';

export const mfaCodeInput = z
  .object({
    code: z.string().trim().min(6, 'Vui lòng nhập mã 6 chữ số hoặc mã khôi phục').max(20, 'Mã quá dài'),
  })
  .strict()
  .openapi('MfaCodeInput');

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const body = { body: { content: { 'application/json': { schema: mfaCodeInput } }, required: true } };

// Also during a forced password change: the code comes first (route.ts), and the change route
// answers only once it is given, so an enrolled account whose password was reset must reach it.
const verifyRoute = defineRoute(
  { authenticated: true, duringMfa: true, duringPasswordChange: true },
  {
    method: 'post',
    path: '/auth/mfa/verify',
    summary: 'Nhập mã xác thực hai lớp khi đăng nhập',
    tags: ['auth'],
    request: body,
    responses: {
      200: json(
        z
          .object({ ok: z.literal(true), recoveryCodesLeft: z.number().int().nullable() })
          .openapi('MfaVerified'),
        'Đã xác thực',
      ),
    },
  },
);

const enrolRoute = defineRoute(
  { authenticated: true, duringMfaEnrolment: true },
  {
    method: 'post',
    path: '/auth/mfa/enrolment',
    summary: 'Bắt đầu bật xác thực hai lớp (tạo mã QR)',
    tags: ['auth'],
    responses: {
      200: json(
        z
          .object({ secret: z.string(), otpauthUri: z.string(), qrDataUrl: z.string() })
          .openapi('MfaEnrolment'),
        'Khóa bí mật và mã QR để quét bằng ứng dụng xác thực',
      ),
    },
  },
);

const enableRoute = defineRoute(
  { authenticated: true, duringMfaEnrolment: true },
  {
    method: 'post',
    path: '/auth/mfa/enable',
    summary: 'Xác nhận mã đầu tiên và bật xác thực hai lớp',
    tags: ['auth'],
    request: body,
    responses: {
      200: json(
        z.object({ recoveryCodes: z.array(z.string()) }).openapi('MfaEnabled'),
        'Đã bật; các mã khôi phục chỉ hiện một lần',
      ),
    },
  },
);

export function registerMfaRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(verifyRoute, async (c) => {
    const session = c.get('session');
    if (!session) throw new AppError('UNAUTHENTICATED');
    return c.json(await verifyMfa(c.get('deps'), requestContext(c), session, c.req.valid('json').code), 200);
  });
  app.openapi(enrolRoute, async (c) =>
    c.json(await startMfaEnrolment(c.get('deps'), requestContext(c)), 200),
  );
  app.openapi(enableRoute, async (c) => {
    const session = c.get('session');
    if (!session) throw new AppError('UNAUTHENTICATED');
    return c.json(await enableMfa(c.get('deps'), requestContext(c), session, c.req.valid('json').code), 200);
  });
}
