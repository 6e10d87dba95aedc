import type { OpenAPIHono } from '@hono/zod-openapi';
import { type AppEnv, type Deps, requestContext } from '../../lib/context';
import { jsonBody, jsonResponse } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import { noticeSettingsOutput, updateNoticeSettingsInput } from './notice-settings.schemas';
import { getNoticeSettings, updateNoticeSettings } from './notice-settings.service';

// Under /auth/me: like the password change, these act on the signed-in account only (no id).
const get = defineRoute(
  { authenticated: true },
  {
    method: 'get',
    path: '/auth/me/notices',
    summary: 'Xem địa chỉ và các loại thư thông báo tôi nhận',
    tags: ['auth'],
    responses: { 200: jsonResponse(noticeSettingsOutput, 'Thiết lập thư thông báo của tôi') },
  },
);

const put = defineRoute(
  { authenticated: true },
  {
    method: 'put',
    path: '/auth/me/notices',
    summary: 'Đặt địa chỉ và chọn các loại thư thông báo tôi nhận',
    tags: ['auth'],
    request: jsonBody(updateNoticeSettingsInput),
    responses: { 200: jsonResponse(noticeSettingsOutput, 'Đã lưu thiết lập thư thông báo') },
  },
);

const delivery = ({ config }: Deps) => ({
  deliveryConfigured: config.mail.smtpUrl !== undefined,
  reminderWorkingDays: config.mail.reminderWorkingDays,
});

export function registerNoticeSettingsRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(get, async (c) => {
    const deps = c.get('deps');
    return c.json(await getNoticeSettings(deps.db, requestContext(c), delivery(deps)), 200);
  });
  app.openapi(put, async (c) => {
    const deps = c.get('deps');
    const input = c.req.valid('json');
    return c.json(await updateNoticeSettings(deps.db, requestContext(c), input, delivery(deps)), 200);
  });
}
