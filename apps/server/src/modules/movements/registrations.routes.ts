import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { sendFile, XLSX_TYPE } from '../../lib/download';
import { fileResponse, jsonBody, jsonResponse, XLSX } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import {
  createRegistrationInput,
  importRegistrationsQuery,
  importResult,
  registrationOutput,
  registrationQuery,
} from './registrations.schemas';
import {
  createRegistration,
  exportRegistrations,
  getRegistrations,
  importRegistrations,
  REGISTRATIONS_UPLOAD,
} from './registrations.service';

const tags = ['movements'];
const list = defineRoute(
  { permission: 'movement:read' },
  {
    method: 'get',
    path: '/registrations',
    summary: 'Xem đăng ký thi đua',
    tags,
    request: { query: registrationQuery },
    responses: { 200: jsonResponse(z.object({ items: z.array(registrationOutput) }), 'Đăng ký thi đua') },
  },
);
const exportXlsx = defineRoute(
  { permission: 'movement:read' },
  {
    method: 'get',
    path: '/registrations/export.xlsx',
    summary: 'Xuất đăng ký thi đua ra Excel',
    tags,
    request: { query: registrationQuery },
    responses: { 200: fileResponse(XLSX, 'Tệp Excel đăng ký thi đua') },
  },
);
const create = defineRoute(
  { permission: 'movement:register' },
  {
    method: 'post',
    path: '/registrations',
    summary: 'Đăng ký thi đua',
    tags,
    request: jsonBody(createRegistrationInput),
    responses: { 201: jsonResponse(registrationOutput.omit({ unitCode: true }), 'Đã đăng ký thi đua') },
  },
);
const importRoute = defineRoute(
  { permission: 'movement:register' },
  {
    method: 'post',
    path: REGISTRATIONS_UPLOAD.path,
    summary: 'Nhập đăng ký thi đua từ tệp',
    tags,
    // The raw .xlsx is the body (the one upload path, platform/upload).
    request: { query: importRegistrationsQuery, body: REGISTRATIONS_UPLOAD.body },
    responses: { 200: jsonResponse(importResult, 'Kết quả nhập đăng ký thi đua') },
  },
);

export function registerRegistrationRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) =>
    c.json({ items: await getRegistrations(c.get('deps').db, requestContext(c), c.req.valid('query')) }, 200),
  );
  app.openapi(exportXlsx, async (c) => {
    const file = await exportRegistrations(c.get('deps').db, requestContext(c), c.req.valid('query'));
    return sendFile(c, XLSX_TYPE, { file, name: 'dang-ky-thi-dua.xlsx' });
  });
  app.openapi(create, async (c) =>
    c.json(await createRegistration(c.get('deps').db, requestContext(c), c.req.valid('json')), 201),
  );
  app.openapi(importRoute, async (c) =>
    c.json(
      await importRegistrations(
        c.get('deps').db,
        requestContext(c),
        c.req.valid('query'),
        new Uint8Array(await c.req.arrayBuffer()),
      ),
      200,
    ),
  );
}
