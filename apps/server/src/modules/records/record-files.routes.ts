import type { OpenAPIHono } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { attachment } from '../../lib/download';
import { fileResponse, jsonResponse } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import { idParam } from '../org-units/index';
import { deletedOutput } from './record-fields';
import type { FileRecordType } from './record-files.repository';
import {
  evidenceFileList,
  evidenceFileOutput,
  evidenceUploadBody,
  evidenceUploadQuery,
  recordFileParams,
} from './record-files.schemas';
import {
  addEvidenceFile,
  deleteEvidenceFile,
  listEvidenceFiles,
  readEvidenceFile,
} from './record-files.service';

const tags = ['records'];
const BASES: Record<FileRecordType, string> = { initiative: '/initiatives', award: '/awards' };
const OF: Record<FileRecordType, string> = { initiative: 'sáng kiến', award: 'khen thưởng' };

// Defined at load time, like every other route, so the route registry is complete before any app exists.
function routesFor(type: FileRecordType) {
  const base = BASES[type];
  const list = defineRoute(
    { permission: 'record:read' },
    {
      method: 'get',
      path: `${base}/{id}/files`,
      summary: `Xem tệp minh chứng của ${OF[type]}`,
      tags,
      request: { params: idParam },
      responses: { 200: jsonResponse(evidenceFileList, 'Tệp minh chứng') },
    },
  );
  const add = defineRoute(
    { permission: 'record:write' },
    {
      method: 'post',
      path: `${base}/{id}/files`,
      summary: `Đính kèm minh chứng cho ${OF[type]}`,
      tags,
      // The file is the raw body (Content-Type = its type), so a 10 MB scan needs no base64 or JSON.
      request: { params: idParam, query: evidenceUploadQuery, ...evidenceUploadBody },
      responses: { 201: jsonResponse(evidenceFileOutput, 'Đã đính kèm minh chứng') },
    },
  );
  const download = defineRoute(
    { permission: 'record:read' },
    {
      method: 'get',
      path: `${base}/{id}/files/{fileId}`,
      summary: `Tải tệp minh chứng của ${OF[type]}`,
      tags,
      request: { params: recordFileParams },
      responses: {
        200: fileResponse('application/octet-stream', 'Nội dung tệp minh chứng (PDF, JPEG, PNG, Word)'),
      },
    },
  );
  const remove = defineRoute(
    { permission: 'record:write' },
    {
      method: 'delete',
      path: `${base}/{id}/files/{fileId}`,
      summary: `Xóa tệp minh chứng của ${OF[type]}`,
      tags,
      request: { params: recordFileParams },
      responses: { 200: jsonResponse(deletedOutput, 'Đã xóa tệp minh chứng') },
    },
  );

  return { list, add, download, remove };
}

const ROUTES = { initiative: routesFor('initiative'), award: routesFor('award') };

function register(app: OpenAPIHono<AppEnv>, type: FileRecordType) {
  const { list, add, download, remove } = ROUTES[type];
  app.openapi(list, async (c) =>
    c.json(await listEvidenceFiles(c.get('deps').db, requestContext(c), type, c.req.valid('param').id), 200),
  );
  app.openapi(add, async (c) => {
    const deps = c.get('deps');
    const file = await addEvidenceFile(
      deps.db,
      deps.config.dataDir,
      requestContext(c),
      type,
      c.req.valid('param').id,
      {
        fileName: c.req.valid('query').name,
        contentType: c.req.header('content-type') ?? '',
        bytes: new Uint8Array(await c.req.arrayBuffer()),
      },
    );
    return c.json(file, 201);
  });
  app.openapi(download, async (c) => {
    const deps = c.get('deps');
    const { id, fileId } = c.req.valid('param');
    const file = await readEvidenceFile(deps.db, deps.config.dataDir, requestContext(c), type, id, fileId);
    return c.body(new Uint8Array(file.bytes), 200, {
      'content-type': file.mimeType,
      'content-disposition': attachment(file.name),
      'x-content-type-options': 'nosniff',
    });
  });
  app.openapi(remove, async (c) => {
    const { id, fileId } = c.req.valid('param');
    return c.json(await deleteEvidenceFile(c.get('deps').db, requestContext(c), type, id, fileId), 200);
  });
}

/** The upload routes, which take a larger body than the JSON limit (see app.ts). */
export const isEvidenceUpload = (method: string, path: string) =>
  method === 'POST' && /^\/api\/(initiatives|awards)\/[^/]+\/files$/.test(path);

/** Evidence files (minh chứng) of initiatives and awards. */
export function registerRecordFileRoutes(app: OpenAPIHono<AppEnv>) {
  register(app, 'initiative');
  register(app, 'award');
}
