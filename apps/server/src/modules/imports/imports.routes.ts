import type { OpenAPIHono } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { sendFile, XLSX_TYPE } from '../../lib/download';
import { fileResponse, jsonBody, jsonResponse, XLSX } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import { idParam } from '../org-units/index';
import { exportForImport } from './imports.export';
import {
  commitImportInput,
  exportParam,
  exportQuery,
  importJobOutput,
  templateParam,
  uploadImportInput,
} from './imports.schemas';
import { buildTemplate, commitImport, dryRunImport, getImport } from './imports.service';

const template = defineRoute(
  { permission: 'import:run' },
  {
    method: 'get',
    path: '/imports/templates/{file}',
    summary: 'Tải tệp mẫu nhập dữ liệu',
    tags: ['imports'],
    request: { params: templateParam },
    responses: { 200: fileResponse(XLSX, 'Tệp mẫu Excel') },
  },
);
const exportList = defineRoute(
  { permission: 'person:export' },
  {
    method: 'get',
    path: '/imports/exports/{file}',
    summary: 'Xuất dữ liệu theo cột của tệp mẫu',
    tags: ['imports'],
    request: {
      params: exportParam,
      query: exportQuery,
    },
    responses: { 200: fileResponse(XLSX, 'Danh sách theo cột của tệp mẫu') },
  },
);
const upload = defineRoute(
  { permission: 'import:run' },
  {
    method: 'post',
    path: '/imports',
    summary: 'Tải tệp lên và chạy thử nhập dữ liệu',
    tags: ['imports'],
    request: jsonBody(uploadImportInput),
    responses: { 201: jsonResponse(importJobOutput, 'Kết quả chạy thử') },
  },
);
const detail = defineRoute(
  { permission: 'import:run' },
  {
    method: 'get',
    path: '/imports/{id}',
    summary: 'Xem lượt nhập dữ liệu',
    tags: ['imports'],
    request: { params: idParam },
    responses: { 200: jsonResponse(importJobOutput, 'Lượt nhập dữ liệu') },
  },
);
const commit = defineRoute(
  { permission: 'import:run' },
  {
    method: 'post',
    path: '/imports/{id}/commit',
    summary: 'Ghi dữ liệu đã chạy thử',
    tags: ['imports'],
    request: { params: idParam, ...jsonBody(commitImportInput) },
    responses: { 200: jsonResponse(importJobOutput, 'Đã ghi dữ liệu') },
  },
);

export function registerImportRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(template, async (c) => {
    const kind = c.req.valid('param').file;
    const file = await buildTemplate(c.get('deps').db, requestContext(c), kind);
    return sendFile(c, XLSX_TYPE, { file, name: `mau-nhap-${kind}.xlsx` });
  });
  app.openapi(exportList, async (c) => {
    const kind = c.req.valid('param').file;
    const file = await exportForImport(
      c.get('deps').db,
      requestContext(c),
      kind,
      c.req.valid('query').unitId,
    );
    return sendFile(c, XLSX_TYPE, { file, name: `xuat-${kind}.xlsx` });
  });
  app.openapi(upload, async (c) =>
    c.json(await dryRunImport(c.get('deps').db, requestContext(c), c.req.valid('json')), 201),
  );
  app.openapi(detail, async (c) =>
    c.json(await getImport(c.get('deps').db, requestContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(commit, async (c) =>
    c.json(
      await commitImport(c.get('deps').db, requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
}
