import { Readable } from 'node:stream';
import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import {
  attachment,
  binaryResponse,
  DOCX_TYPE,
  fileDownload,
  PDF_TYPE,
  sendFile,
  XLSX_TYPE,
} from '../../lib/download';
import { jsonResponse } from '../../lib/openapi';
import { publicBaseUrl } from '../../lib/public-url';
import { defineRoute } from '../../lib/route';
import { idParam } from '../org-units/index';
import { generateDecisionCertificates } from './certificates.service';
import { generateDecisionDocx, generateDecisionPdf } from './decision-document.service';
import { registerDocumentSettingsRoutes } from './document-settings.routes';
import { moneySummaryOutput } from './money-summary.schemas';
import { loadDecisionMoneySummary, renderMoneySummaryXlsx } from './money-summary.service';
import type { SignedCopy } from './signed-copy';

const tags = ['documents'];

const decisionDocx = defineRoute(
  { permission: 'document:generate' },
  {
    method: 'get',
    path: '/decisions/{id}/documents/quyet-dinh.docx',
    summary: 'Tải quyết định khen thưởng (.docx)',
    tags,
    request: { params: idParam },
    responses: { 200: binaryResponse(DOCX_TYPE, 'Quyết định khen thưởng (.docx) kèm danh sách') },
  },
);

const decisionPdf = defineRoute(
  { permission: 'document:generate' },
  {
    method: 'get',
    path: '/decisions/{id}/documents/quyet-dinh.pdf',
    summary: 'Tải quyết định khen thưởng (PDF), bản đã ký số nếu có',
    tags,
    request: { params: idParam },
    responses: {
      200: binaryResponse(
        PDF_TYPE,
        'Quyết định khen thưởng (PDF) kèm danh sách, cùng nội dung với bản .docx',
      ),
    },
  },
);

const certificates = defineRoute(
  { permission: 'document:generate' },
  {
    method: 'get',
    path: '/decisions/{id}/certificates.pdf',
    summary: 'In Giấy khen, Bằng khen của quyết định (.pdf)',
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

const moneySummary = defineRoute(
  { permission: 'document:generate' },
  {
    method: 'get',
    path: '/decisions/{id}/money-summary',
    summary: 'Xem tổng hợp tiền thưởng của quyết định',
    tags,
    request: { params: idParam },
    responses: { 200: jsonResponse(moneySummaryOutput, 'Tổng hợp tiền thưởng của quyết định') },
  },
);

const moneySummaryXlsx = defineRoute(
  { permission: 'document:generate' },
  {
    method: 'get',
    path: '/decisions/{id}/money-summary.xlsx',
    summary: 'Tải bảng tổng hợp tiền thưởng (.xlsx)',
    tags,
    request: { params: idParam },
    responses: { 200: binaryResponse(XLSX_TYPE, 'Bảng tổng hợp tiền thưởng (.xlsx) cho bộ phận tài chính') },
  },
);

/** `signedPdf`: signing's stored copy, passed in by the app (see signed-copy.ts). */
export function registerDocumentRoutes(app: OpenAPIHono<AppEnv>, signedPdf: SignedCopy) {
  registerDocumentSettingsRoutes(app);
  app.openapi(moneySummaryXlsx, async (c) => {
    const summary = await loadDecisionMoneySummary(
      c.get('deps').db,
      requestContext(c),
      c.req.valid('param').id,
    );
    return sendFile(c, XLSX_TYPE, await renderMoneySummaryXlsx(summary));
  });
  app.openapi(moneySummary, async (c) =>
    c.json(await loadDecisionMoneySummary(c.get('deps').db, requestContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(decisionDocx, async (c) => {
    return sendFile(
      c,
      DOCX_TYPE,
      await generateDecisionDocx(c.get('deps').db, requestContext(c), c.req.valid('param').id),
    );
  });
  app.openapi(decisionPdf, async (c) => {
    const { db, config } = c.get('deps');
    const ctx = requestContext(c);
    const id = c.req.valid('param').id;
    // Once signed, the signed file is the decision: it is served as kept, never rendered again.
    const file =
      (await signedPdf(db, config, ctx, id, 'DECISION')) ?? (await generateDecisionPdf(db, ctx, id));
    return sendFile(c, PDF_TYPE, file);
  });
  app.openapi(certificates, async (c) => {
    const { db, config } = c.get('deps');
    const ctx = requestContext(c);
    if (c.req.valid('query').layout === 'full') {
      const signed = await signedPdf(db, config, ctx, c.req.valid('param').id, 'CERTIFICATES');
      if (signed) {
        // The signed file as kept; its page count is the number of certificates it holds.
        const out = fileDownload(PDF_TYPE, signed);
        // The page tree's /Count (page objects appear twice: signing rewrites the first page).
        const pages = /\/Type \/Pages[^>]*?\/Count (\d+)/.exec(signed.file.toString('latin1'))?.[1] ?? '0';
        return c.body(out.body, 200, { ...out.headers, 'x-certificate-count': pages });
      }
    }
    const { stream, count, name } = await generateDecisionCertificates(
      c.get('deps').db,
      requestContext(c),
      c.req.valid('param').id,
      c.req.valid('query').layout,
      publicBaseUrl(c.get('deps').config, c.req.url),
    );
    // Streamed as pdfkit writes it; the count lets the page show progress against the bytes.
    return c.body(Readable.toWeb(stream) as ReadableStream, 200, {
      'content-type': PDF_TYPE,
      'content-disposition': attachment(name),
      'x-certificate-count': String(count),
    });
  });
}
