import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { attachment, binaryResponse, PDF_TYPE } from '../../lib/download';
import { AppError } from '../../lib/errors';
import { jsonBody, jsonResponse } from '../../lib/openapi';
import { publicBaseUrl } from '../../lib/public-url';
import { defineRoute } from '../../lib/route';
import { uploadEndpoint } from '../../platform/upload/index';
import { revokeInput } from '../decisions/index';
import { issueRevocationDecision } from './revocation-decision.service';
import {
  decisionSignatureOutput,
  prepareTokenSigningInput,
  revocationDecisionOutput,
  signDecisionInput,
  tokenSigningSessionOutput,
  tokenUploadOutput,
} from './signing.schemas';
import { decisionSignature, signDecisionWithSeal } from './signing.service';
import {
  acceptSignedFile,
  completeTokenSigning,
  preparedFile,
  prepareTokenSigning,
} from './token-signing.service';

const tags = ['signing'];
const params = z.object({ id: z.uuid({ error: 'Mã quyết định không hợp lệ' }) });

const sign = defineRoute(
  { permission: 'decision:issue' },
  {
    method: 'post',
    path: '/decisions/{id}/signature',
    summary: 'Ký số quyết định và giấy khen bằng chứng thư số của cơ quan',
    tags,
    request: { params, ...jsonBody(signDecisionInput) },
    responses: {
      201: jsonResponse(
        decisionSignatureOutput,
        'Đã ký số quyết định và giấy khen bằng chứng thư số của cơ quan (PAdES B-B)',
      ),
    },
  },
);

const status = defineRoute(
  { permission: 'document:generate' },
  {
    method: 'get',
    path: '/decisions/{id}/signature',
    summary: 'Xem tình trạng ký số của quyết định',
    tags,
    request: { params },
    responses: { 200: jsonResponse(decisionSignatureOutput, 'Tình trạng ký số của quyết định') },
  },
);

// Signing on the signer's own token (the national CA's plug-in): prepare, the plug-in's download
// and upload (public, by the session's secret: the plug-in runs outside the browser's session),
// then the signer completes it from the console.
const sessionParams = z.object({
  id: z.uuid({ error: 'Mã quyết định không hợp lệ' }),
  sessionId: z.uuid({ error: 'Mã phiên ký không hợp lệ' }),
});
const pluginParams = z.object({
  tenantId: z.uuid({ error: 'Mã đơn vị không hợp lệ' }),
  sessionId: z.uuid({ error: 'Mã phiên ký không hợp lệ' }),
  kind: z.enum(['DECISION', 'CERTIFICATES'], { error: 'Loại tệp phải là DECISION hoặc CERTIFICATES' }),
});
const pluginQuery = z.object({ key: z.string({ error: 'Thiếu khóa phiên ký' }).min(1).max(100) });
export const TOKEN_UPLOAD = uploadEndpoint('/token-signing/{tenantId}/{sessionId}/{kind}', 20 * 1024 * 1024, [
  'pdf',
]);

const prepare = defineRoute(
  { permission: 'decision:issue' },
  {
    method: 'post',
    path: '/decisions/{id}/token-signing',
    summary: 'Chuẩn bị tệp để ký bằng chữ ký số cá nhân (USB token)',
    tags,
    request: { params, ...jsonBody(prepareTokenSigningInput) },
    responses: {
      201: jsonResponse(tokenSigningSessionOutput, 'Đã chuẩn bị quyết định và giấy khen để ký bằng token'),
    },
  },
);

const complete = defineRoute(
  { permission: 'decision:issue' },
  {
    method: 'post',
    path: '/decisions/{id}/token-signing/{sessionId}',
    summary: 'Hoàn tất ký số bằng chữ ký số cá nhân',
    tags,
    request: { params: sessionParams },
    responses: { 201: jsonResponse(decisionSignatureOutput, 'Đã lưu quyết định và giấy khen đã ký') },
  },
);

const pluginDownload = defineRoute(
  { public: true },
  {
    method: 'get',
    path: '/token-signing/{tenantId}/{sessionId}/{kind}',
    summary: 'Tệp đã chuẩn bị để phần mềm ký số tải về',
    tags,
    request: { params: pluginParams, query: pluginQuery },
    responses: { 200: binaryResponse(PDF_TYPE, 'Tệp PDF có chỗ cho chữ ký') },
  },
);

const pluginUpload = defineRoute(
  { public: true },
  {
    method: 'post',
    path: TOKEN_UPLOAD.path,
    summary: 'Phần mềm ký số gửi lại tệp đã ký',
    tags,
    request: { params: pluginParams, query: pluginQuery, body: TOKEN_UPLOAD.body },
    responses: { 200: jsonResponse(tokenUploadOutput, 'Đã nhận tệp đã ký, chữ ký hợp lệ') },
  },
);

/** The signed PDF: the raw body, or the first file of a multipart form (as the VGCA plug-in posts). */
async function uploadedPdf(req: {
  header(name: string): string | undefined;
  arrayBuffer(): Promise<ArrayBuffer>;
  parseBody(): Promise<Record<string, unknown>>;
}) {
  if ((req.header('content-type') ?? '').startsWith('multipart/form-data')) {
    const form = await req.parseBody();
    const file = Object.values(form).find((v): v is File => v instanceof File);
    return file ? Buffer.from(await file.arrayBuffer()) : Buffer.alloc(0);
  }
  return Buffer.from(await req.arrayBuffer());
}

const revocation = defineRoute(
  { permission: 'decision:revoke' },
  {
    method: 'post',
    path: '/decisions/{id}/revocation-decisions',
    summary:
      'Ban hành quyết định thu hồi khen thưởng của quyết định đã ký số (ký bằng chứng thư số của cơ quan)',
    tags,
    request: { params, ...jsonBody(revokeInput) },
    responses: {
      201: jsonResponse(revocationDecisionOutput, 'Đã ban hành và ký số quyết định thu hồi khen thưởng'),
    },
  },
);

export function registerSigningRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(sign, async (c) => {
    const { db, config } = c.get('deps');
    return c.json(
      await signDecisionWithSeal(
        db,
        config,
        requestContext(c),
        c.req.valid('param').id,
        publicBaseUrl(config, c.req.url),
      ),
      201,
    );
  });
  app.openapi(status, async (c) => {
    const { db, config } = c.get('deps');
    return c.json(await decisionSignature(db, config, requestContext(c), c.req.valid('param').id), 200);
  });
  app.openapi(revocation, async (c) => {
    const { db, config } = c.get('deps');
    return c.json(
      await issueRevocationDecision(
        db,
        config,
        requestContext(c),
        c.req.valid('param').id,
        c.req.valid('json'),
      ),
      201,
    );
  });
  app.openapi(prepare, async (c) => {
    const { db, config } = c.get('deps');
    return c.json(
      await prepareTokenSigning(
        db,
        config,
        requestContext(c),
        c.req.valid('param').id,
        publicBaseUrl(config, c.req.url),
        c.req.valid('json').signerUserId,
      ),
      201,
    );
  });
  app.openapi(complete, async (c) => {
    const { db, config } = c.get('deps');
    const { id, sessionId } = c.req.valid('param');
    return c.json(await completeTokenSigning(db, config, requestContext(c), id, sessionId), 201);
  });
  app.openapi(pluginDownload, async (c) => {
    const { db, config } = c.get('deps');
    const { tenantId, sessionId, kind } = c.req.valid('param');
    const file = await preparedFile(db, config, tenantId, sessionId, kind, c.req.valid('query').key);
    return c.body(new Uint8Array(file.bytes), 200, {
      'content-type': PDF_TYPE,
      'content-disposition': attachment(file.name),
    });
  });
  app.openapi(pluginUpload, async (c) => {
    const { db, config } = c.get('deps');
    const { tenantId, sessionId, kind } = c.req.valid('param');
    const pdf = await uploadedPdf(c.req);
    if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new AppError('PDF_INVALID');
    return c.json(
      await acceptSignedFile(db, config, tenantId, sessionId, kind, c.req.valid('query').key, pdf),
      200,
    );
  });
}
