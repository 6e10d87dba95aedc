import { type OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from './context';
import { ERROR_MESSAGES, type ErrorCode } from './errors';

/** A JSON response entry for a route definition. */
export const jsonResponse = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

/** A required JSON request body for a route definition. */
export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

/** The media type of the Excel files the API sends. */
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file download (Excel, Word, PDF, an evidence scan) for a route definition. */
export const fileResponse = (mediaType: string, description: string) => ({
  description,
  content: { [mediaType]: { schema: z.string().openapi({ format: 'binary' }) } },
});

const ERROR_CODES = Object.keys(ERROR_MESSAGES) as [ErrorCode, ...ErrorCode[]];

/** The one error shape every failed call answers with (`errorBody` in errors.ts). */
export const errorSchema = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES).openapi({ description: 'Mã lỗi ổn định; máy khách rẽ nhánh theo mã này.' }),
      message: z.string().openapi({ description: 'Thông báo tiếng Việt cho người dùng.' }),
      details: z.array(z.object({ path: z.string(), message: z.string() })),
      requestId: z.string().optional(),
    }),
  })
  .openapi('Error');

const errorJson = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

/** The error answers every operation shares, as components.responses. */
const ERROR_RESPONSES = {
  BadRequest: errorJson('Dữ liệu gửi lên không hợp lệ (INVALID_INPUT, kèm lỗi từng trường)'),
  Unauthenticated: errorJson('Chưa đăng nhập hoặc phiên đã hết hạn (UNAUTHENTICATED)'),
  Forbidden: errorJson(
    'Không có quyền (FORBIDDEN), thiếu mã CSRF (CSRF_INVALID) hoặc phải đổi mật khẩu (PASSWORD_CHANGE_REQUIRED)',
  ),
  Rejected: errorJson(
    'Yêu cầu bị từ chối: không tìm thấy, xung đột, vượt giới hạn…; mã lỗi trong error.code',
  ),
};

const ref = (name: keyof typeof ERROR_RESPONSES) => ({ $ref: `#/components/responses/${name}` });

/**
 * The error answers a route can give, by what its access rule and the shared middleware do:
 * bad input and oversized bodies for every route, no session or a stale CSRF token for guarded
 * ones, and the service's own refusals (not found, conflicts, rate limits) as 4XX.
 */
export function errorResponses(guarded: boolean) {
  return {
    400: ref('BadRequest'),
    ...(guarded ? { 401: ref('Unauthenticated'), 403: ref('Forbidden') } : {}),
    '4XX': ref('Rejected'),
  };
}

/** The session cookie and the CSRF header, as the guard in route.ts checks them. */
export const SECURITY_SCHEMES = {
  session: {
    type: 'apiKey',
    in: 'cookie',
    name: 'vd_session',
    description: 'Phiên đăng nhập (HttpOnly), do POST /auth/login đặt.',
  },
  csrf: {
    type: 'apiKey',
    in: 'header',
    name: 'x-csrf-token',
    description: 'Mã CSRF của phiên, nhận từ GET /auth/me; bắt buộc với mọi thao tác ghi.',
  },
} as const;

/**
 * A stable operationId from the method and the path, for routes that do not name their own:
 * `GET /proposals/{id}/items` → `getProposalsByIdItems`.
 */
export function operationIdFor(method: string, path: string): string {
  const words = path
    .split('/')
    .filter(Boolean)
    .flatMap((segment) => {
      const param = segment.match(/^\{(.+)\}$/);
      return param ? ['by', ...(param[1] ?? '').split(/[^A-Za-z0-9]+/)] : segment.split(/[^A-Za-z0-9]+/);
    })
    .filter(Boolean);
  return [method.toLowerCase(), ...words.map((w) => w.charAt(0).toUpperCase() + w.slice(1))].join('');
}

/** Registers the shared error schema; call once per API, before serving the document. */
export function registerErrorSchema(api: OpenAPIHono<AppEnv>) {
  api.openAPIRegistry.register('Error', errorSchema);
}

/** The OpenAPI 3.1 document of an API built with defineRoute (paths relative to /api). */
export function openApiDocument(api: OpenAPIHono<AppEnv>) {
  const document = api.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Vinh Danh API',
      version: '0.1.0',
      description:
        'API của Vinh Danh (quản lý thi đua, khen thưởng). Mọi lỗi trả về dạng Error với mã ổn định và thông báo tiếng Việt.',
    },
    servers: [{ url: '/api' }],
    security: [{ session: [] }],
  });
  return {
    ...document,
    components: { ...document.components, responses: ERROR_RESPONSES, securitySchemes: SECURITY_SCHEMES },
  };
}

/**
 * An entity's `allowedActions` (lib/access.ts allowedActions): one required boolean per action,
 * named in the OpenAPI document `<Entity>AllowedActions`, so the web's generated type lists them.
 */
export function allowedActionsSchema<A extends string>(name: string, rules: Record<A, unknown>) {
  // Built from the module's action table itself, so the schema cannot list another set of actions.
  const shape = Object.fromEntries(Object.keys(rules).map((a) => [a, z.boolean()])) as Record<
    A,
    z.ZodBoolean
  >;
  return z.object(shape).openapi(name, {
    description:
      'Các thao tác người dùng hiện tại được phép làm trên đối tượng này (cùng quy tắc mà API kiểm tra).',
  });
}
