import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { oidcStartPath } from '../../config/oidc-config';
import { type AppEnv, requestContext } from '../../lib/context';
import { jsonResponse } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import { idParam } from '../org-units/index';
import { listCitizenFilings } from './citizen-filings.service';
import { createOidcInvitation } from './oidc-invitations.service';

const providersOutput = z
  .object({
    items: z.array(z.object({ id: z.string(), label: z.string(), startPath: z.string() })),
  })
  .openapi('OidcProviders');

const providers = defineRoute(
  { public: true },
  {
    method: 'get',
    path: '/auth/oidc/providers',
    summary: 'Xem các cách đăng nhập bằng định danh (VNeID, SSO) đã cấu hình',
    tags: ['auth'],
    responses: { 200: jsonResponse(providersOutput, 'Nhà cung cấp định danh đã cấu hình') },
  },
);

const invitationOutput = z.object({ code: z.string(), expiresAt: z.string() }).openapi('OidcInvitation');

const invite = defineRoute(
  { permission: 'user:manage' },
  {
    method: 'post',
    path: '/users/{id}/oidc-invitation',
    summary: 'Cấp mã mời liên kết đăng nhập VNeID / SSO cho tài khoản cán bộ',
    tags: ['users'],
    request: { params: idParam },
    responses: { 200: jsonResponse(invitationOutput, 'Mã mời (chỉ hiện một lần)') },
  },
);

const filingsOutput = z
  .object({
    items: z.array(
      z.object({
        trackingCode: z.string(),
        filedAs: z.enum(['KHIEU_NAI', 'TO_CAO']),
        subjectName: z.string(),
        state: z.string(),
        receivedOn: z.string(),
        concludedOn: z.string().nullable(),
        answer: z.string().nullable(),
      }),
    ),
  })
  .openapi('CitizenFilings');

const filings = defineRoute(
  { citizen: true },
  {
    method: 'get',
    path: '/citizen/filings',
    summary: 'Xem các đơn công dân đã gửi trực tuyến',
    tags: ['citizen'],
    responses: { 200: jsonResponse(filingsOutput, 'Đơn của công dân đang đăng nhập') },
  },
);

export function registerOidcRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(providers, (c) =>
    c.json(
      {
        items: c
          .get('deps')
          .config.oidc.map((p) => ({ id: p.id, label: p.label, startPath: oidcStartPath(p.id) })),
      },
      200,
    ),
  );
  app.openapi(invite, async (c) =>
    c.json(await createOidcInvitation(c.get('deps').db, requestContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(filings, async (c) =>
    c.json(await listCitizenFilings(c.get('deps').db, requestContext(c)), 200),
  );
}
