import type { OpenAPIHono } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { binaryResponse, DOCX_TYPE, PDF_TYPE, sendFile } from '../../lib/download';
import { defineRoute } from '../../lib/route';
import { idParam } from '../org-units/index';
import { generateCouncilMinutesDocx } from './council-minutes.service';
import { generateProposalLetterDocx, generateProposalLetterPdf } from './proposal-letter.service';

// The dossier's own documents, before any decision: the unit's Tờ trình and the council's Biên bản.

const tags = ['documents'];

const proposalLetter = defineRoute(
  { permission: 'document:generate' },
  {
    method: 'get',
    path: '/proposals/{id}/documents/to-trinh.docx',
    summary: 'Tải tờ trình đề nghị khen thưởng (.docx)',
    tags,
    request: { params: idParam },
    responses: { 200: binaryResponse(DOCX_TYPE, 'Tờ trình đề nghị khen thưởng (.docx) kèm danh sách') },
  },
);

const proposalLetterPdf = defineRoute(
  { permission: 'document:generate' },
  {
    method: 'get',
    path: '/proposals/{id}/documents/to-trinh.pdf',
    summary: 'Tải tờ trình đề nghị khen thưởng (PDF)',
    tags,
    request: { params: idParam },
    responses: {
      200: binaryResponse(PDF_TYPE, 'Tờ trình đề nghị khen thưởng (PDF), cùng nội dung với bản .docx'),
    },
  },
);

const councilMinutes = defineRoute(
  { permission: 'document:generate' },
  {
    method: 'get',
    path: '/councils/{id}/documents/bien-ban.docx',
    summary: 'Tải biên bản họp Hội đồng (.docx)',
    tags,
    request: { params: idParam },
    responses: {
      200: binaryResponse(
        DOCX_TYPE,
        'Biên bản họp Hội đồng Thi đua - Khen thưởng (.docx), phiên đã kết thúc',
      ),
    },
  },
);

export function registerProposalCouncilDocumentRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(proposalLetter, async (c) => {
    return sendFile(
      c,
      DOCX_TYPE,
      await generateProposalLetterDocx(c.get('deps').db, requestContext(c), c.req.valid('param').id),
    );
  });
  app.openapi(proposalLetterPdf, async (c) => {
    return sendFile(
      c,
      PDF_TYPE,
      await generateProposalLetterPdf(c.get('deps').db, requestContext(c), c.req.valid('param').id),
    );
  });
  app.openapi(councilMinutes, async (c) => {
    return sendFile(
      c,
      DOCX_TYPE,
      await generateCouncilMinutesDocx(c.get('deps').db, requestContext(c), c.req.valid('param').id),
    );
  });
}
