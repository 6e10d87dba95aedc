import { Readable } from 'node:stream';
import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { defineRoute } from '../../lib/route';
import { generateDecisionCertificates } from './certificates.service';
import { generateDecisionDocx } from './decision-document.service';
import { attachment, binaryResponse, DOCX_TYPE, idParam, PDF_TYPE } from './download';

const tags = ['documents'];

const decisionDocx = defineRoute(
  { permission: 'document:generate' },
  {
    method: 'get',
    path: '/decisions/{id}/documents/quyet-dinh.docx',
    tags,
    request: { params: idParam },
    responses: { 200: binaryResponse(DOCX_TYPE, 'Quyết định khen thưởng (.docx) kèm danh sách') },
  },
);

const certificates = defineRoute(
  { permission: 'document:generate' },
  {
    method: 'get',
    path: '/decisions/{id}/certificates.pdf',
    tags,
    request: {
      params: idParam,
      query: z.object({
        layout: z
          .enum(['full', 'blank-stock'], { error: 'Chọn mẫu in: full hoặc blank-stock' })
          .default('full'),
      }),
    },
    responses: {
      200: binaryResponse(PDF_TYPE, 'Giấy khen, Bằng khen của cả quyết định, một trang mỗi khen thưởng'),
    },
  },
);

/** Where the QR codes point: the configured public address, or the address the request came to. */
function publicBaseUrl(requestUrl: string): string {
  return (process.env.VINHDANH_PUBLIC_URL ?? new URL(requestUrl).origin).replace(/\/+$/, '');
}

export function registerDocumentRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(decisionDocx, async (c) => {
    const { file, name } = await generateDecisionDocx(
      c.get('deps').db,
      requestContext(c),
      c.req.valid('param').id,
    );
    return c.body(new Uint8Array(file), 200, {
      'content-type': DOCX_TYPE,
      'content-disposition': attachment(name),
    });
  });
  app.openapi(certificates, async (c) => {
    const { stream, count, name } = await generateDecisionCertificates(
      c.get('deps').db,
      requestContext(c),
      c.req.valid('param').id,
      c.req.valid('query').layout,
      publicBaseUrl(c.req.url),
    );
    // Streamed as pdfkit writes it; the count lets the page show progress against the bytes.
    return c.body(Readable.toWeb(stream) as ReadableStream, 200, {
      'content-type': PDF_TYPE,
      'content-disposition': attachment(name),
      'x-certificate-count': String(count),
    });
  });
}
