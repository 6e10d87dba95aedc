import type { OpenAPIHono } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { fileResponse, jsonResponse } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import { servedFileHeaders } from '../../platform/upload/index';
import { COMPONENT_UPLOAD, readComponentFile, uploadComponent } from './proposal-components';
import { componentFileParams, componentFileQuery, idParam, proposalOutput } from './proposals.schemas';

const tags = ['proposals'];

const upload = defineRoute(
  { permission: 'proposal:submit' },
  {
    method: 'post',
    path: COMPONENT_UPLOAD.path,
    summary: 'Tải lên tệp của thành phần hồ sơ',
    tags,
    // The raw file is the body (the one upload path, platform/upload); checked by its content.
    request: { params: idParam, query: componentFileQuery, body: COMPONENT_UPLOAD.body },
    responses: { 200: jsonResponse(proposalOutput, 'Hồ sơ sau khi tải tệp lên') },
  },
);

const download = defineRoute(
  { permission: 'proposal:read' },
  {
    method: 'get',
    path: '/proposals/{id}/files/{fileId}',
    summary: 'Xem hoặc tải tệp của thành phần hồ sơ',
    tags,
    request: { params: componentFileParams },
    responses: {
      200: fileResponse(
        'application/octet-stream',
        'Nội dung tệp: PDF và ảnh mở ngay trên trình duyệt (inline), Word/Excel tải xuống (attachment)',
      ),
    },
  },
);

export function registerComponentFileRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(upload, async (c) => {
    const deps = c.get('deps');
    const view = await uploadComponent(
      deps.db,
      deps.config.dataDir,
      requestContext(c),
      c.req.valid('param').id,
      c.req.valid('query'),
      new Uint8Array(await c.req.arrayBuffer()),
    );
    return c.json(view, 200);
  });
  app.openapi(download, async (c) => {
    const deps = c.get('deps');
    const { id, fileId } = c.req.valid('param');
    const file = await readComponentFile(deps.db, deps.config.dataDir, requestContext(c), id, fileId);
    return c.body(new Uint8Array(file.bytes), 200, servedFileHeaders(file));
  });
}
