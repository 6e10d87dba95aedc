import fs from 'node:fs';
import path from 'node:path';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { html } from 'hono/html';
import { clientAddress } from '../../lib/client-address';
import type { AppEnv } from '../../lib/context';
import { attachment, PDF_TYPE } from '../../lib/download';
import { AppError } from '../../lib/errors';
import { publicBaseUrl } from '../../lib/public-url';
import { createRateLimiter } from '../../lib/rate-limiter';
import { currentYearVn } from '../../platform/clock';
import { type CheckedUpload, checkUpload } from '../../platform/upload/index';
import { fileComplaint, fileComplaintInput } from '../complaints/index';
import { readPublicPhoto } from '../models/index';
import { signedInCitizen, signOutCitizen } from '../oidc/index';
import {
  allowPublicWrite,
  fileHouseholdOnline,
  householdFilingInput,
  ONLINE_ATTACHMENT,
  ONLINE_MAX_ATTACHMENTS,
  postPublicComment,
  publicCommentInput,
} from '../proposals/index';
import { checkUploadedPdf } from '../signing/index';
import { VERIFY_LIMIT } from '../verification/index';
import { boardPage } from './portal-board.page';
import { commentsPage, HONEYPOT_FIELD } from './portal-comments.page';
import {
  COMPLAINT_HONEYPOT,
  COMPLAINT_PATH,
  complaintFormPage,
  complaintTrackPage,
} from './portal-complaints.page';
import { type PortalCtx, portalContext } from './portal-context';
import { decisionPage, decisionPdf, decisionsPage } from './portal-decisions.page';
import { homePage } from './portal-home.page';
import { type Html, page } from './portal-html';
import { modelPage, modelsPage } from './portal-models.page';
import { movementPage, movementsPage } from './portal-movements.page';
import { CITIZEN_LOGOUT_PATH, MY_FILINGS_PATH, myFilingsPage } from './portal-my-filings.page';
import {
  DOSSIER_TRACK_PATH,
  dossierTrackPage,
  type FormState,
  HOUSEHOLD_FORM_PATH,
  householdFormPage,
  ONLINE_HONEYPOT,
  ONLINE_PATH,
  onlineIndexPage,
  registrationUnits,
} from './portal-online.page';
import { robotsTxt, sitemapXml } from './portal-seo';
import {
  SIGNATURE_CHECK_PATH,
  SIGNATURE_UPLOAD_LIMIT,
  signatureCheckFormPage,
  signatureCheckResultPage,
} from './portal-signature.page';
import { verifyFormPage, verifyResultPage } from './portal-verify.page';

// The public portal: server-rendered pages under /cong-khai, no login, no script. Each page is
// complete HTML (title, description, Open Graph, content) so it reads without JavaScript.

const ASSETS: Record<string, { file: string; type: string }> = {
  'portal.css': { file: 'portal.css', type: 'text/css; charset=utf-8' },
  'og-image.png': { file: 'og-image.png', type: 'image/png' },
};
const assetDir = path.join(import.meta.dirname, 'assets');

/** Public form posts are small: a comment or a complaint's text, never files. */
export const PORTAL_FORM_LIMIT = 64 * 1024;

/** Online filings per client: a household files one, a village officer helping several a few more. */
export const ONLINE_FILING_LIMIT = { max: 5, windowMs: 10 * 60_000 };

/** Public complaint filings per client: a person files one or two, a flood is refused. */
export const COMPLAINT_LIMIT = { max: 3, windowMs: 10 * 60_000 };

export function clientOf(c: Context<AppEnv>): string {
  return clientAddress(
    c.get('deps').config.trustedProxyHops,
    c.req.header('x-forwarded-for'),
    () => getConnInfo(c).remote.address,
  );
}

export async function render(
  c: Context<AppEnv>,
  body: Html,
  status: 200 | 400 | 404 | 409 | 413 | 429 = 200,
) {
  c.header('cache-control', 'no-cache');
  return c.html(await body, status);
}

export function notFoundPage(
  p: PortalCtx,
  message = 'Không tìm thấy trang hoặc nội dung này không được công khai.',
) {
  return page(
    p.meta('home', 'Không tìm thấy', message, '/cong-khai'),
    html`<h1>Không tìm thấy</h1><p>${message}</p><p><a href="/cong-khai">Về trang chủ cổng thông tin</a></p>`,
  );
}

async function readForm(c: Context<AppEnv>): Promise<Record<string, string>> {
  const form = await c.req.parseBody();
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(form)) if (typeof v === 'string') out[k] = v;
  return out;
}

export function registerPortalRoutes(app: Hono<AppEnv>) {
  const formLimit = bodyLimit({
    maxSize: PORTAL_FORM_LIMIT,
    onError: () => {
      throw new AppError('PAYLOAD_TOO_LARGE');
    },
  });
  const uploadLimit = bodyLimit({
    maxSize: SIGNATURE_UPLOAD_LIMIT + 16 * 1024,
    onError: () => {
      throw new AppError('PAYLOAD_TOO_LARGE');
    },
  });
  const filingLimit = bodyLimit({
    maxSize: ONLINE_MAX_ATTACHMENTS * ONLINE_ATTACHMENT.maxBytes + 64 * 1024,
    onError: () => {
      throw new AppError('UPLOAD_TOO_LARGE');
    },
  });
  // Forms are small; the uploads (a PDF to check its signature, an online filing's files) have their own limits.
  app.use('/cong-khai/*', async (c, next) => {
    if (c.req.method !== 'POST') return next();
    if (c.req.path === SIGNATURE_CHECK_PATH) return uploadLimit(c, next);
    if (c.req.path === HOUSEHOLD_FORM_PATH) return filingLimit(c, next);
    return formLimit(c, next);
  });

  app.get('/cong-khai/tai-nguyen/:name', (c) => {
    const asset = ASSETS[c.req.param('name')];
    if (!asset) return c.notFound();
    c.header('cache-control', 'public, max-age=3600');
    return c.body(new Uint8Array(fs.readFileSync(path.join(assetDir, asset.file))), 200, {
      'content-type': asset.type,
    });
  });
  app.get('/robots.txt', (c) => c.text(robotsTxt(publicBaseUrl(c.get('deps').config, c.req.url))));
  app.get('/sitemap.xml', async (c) =>
    c.body(await sitemapXml(await portalContext(c)), 200, {
      'content-type': 'application/xml; charset=utf-8',
    }),
  );

  app.get('/cong-khai', async (c) => render(c, await homePage(await portalContext(c))));
  app.get('/cong-khai/quyet-dinh', async (c) =>
    render(c, await decisionsPage(await portalContext(c), c.req.query())),
  );
  app.get('/cong-khai/quyet-dinh/:id/quyet-dinh.pdf', async (c) => {
    const p = await portalContext(c);
    const pdf = isUuid(c.req.param('id')) ? await decisionPdf(p, c.req.param('id')) : null;
    if (!pdf) return render(c, notFoundPage(p), 404);
    return c.body(new Uint8Array(pdf.file), 200, {
      'content-type': PDF_TYPE,
      'content-disposition': attachment(pdf.name).replace(/^attachment/, 'inline'),
    });
  });
  app.get('/cong-khai/quyet-dinh/:id', async (c) => {
    const p = await portalContext(c);
    const body = isUuid(c.req.param('id')) ? await decisionPage(p, c.req.param('id')) : null;
    return body ? render(c, body) : render(c, notFoundPage(p), 404);
  });
  app.get('/cong-khai/bang-vang', async (c) =>
    render(c, await boardPage(await portalContext(c), c.req.query())),
  );
  app.get('/cong-khai/phong-trao', async (c) => render(c, await movementsPage(await portalContext(c))));
  app.get('/cong-khai/phong-trao/:id', async (c) => {
    const p = await portalContext(c);
    const body = isUuid(c.req.param('id')) ? await movementPage(p, c.req.param('id')) : null;
    return body ? render(c, body) : render(c, notFoundPage(p), 404);
  });
  app.get('/cong-khai/dien-hinh', async (c) => render(c, await modelsPage(await portalContext(c))));
  app.get('/cong-khai/dien-hinh/:id', async (c) => {
    const p = await portalContext(c);
    const body = isUuid(c.req.param('id')) ? await modelPage(p, c.req.param('id')) : null;
    return body ? render(c, body) : render(c, notFoundPage(p), 404);
  });
  // A published model's photo: the stored copy is already resized and free of EXIF/GPS.
  app.get('/cong-khai/dien-hinh/:id/anh/:photo', async (c) => {
    const p = await portalContext(c);
    const id = c.req.param('id');
    const photoId = c.req.param('photo').replace(/\.jpg$/, '');
    const photo =
      isUuid(id) && isUuid(photoId)
        ? await readPublicPhoto(p.db, p.dataDir, p.tenant.tenantId, id, photoId)
        : null;
    if (!photo) return render(c, notFoundPage(p), 404);
    return c.body(new Uint8Array(photo.bytes), 200, {
      'content-type': photo.mimeType,
      'cache-control': 'public, max-age=86400',
      'x-content-type-options': 'nosniff',
    });
  });

  app.get('/cong-khai/y-kien', async (c) => {
    const sent = c.req.query('da-gui');
    return render(c, await commentsPage(await portalContext(c), { sentItemId: sent }));
  });
  app.post('/cong-khai/y-kien', async (c) => {
    const p = await portalContext(c);
    const form = await readForm(c);
    const itemId = form.itemId ?? '';
    const back = (id: string) =>
      c.redirect(`/cong-khai/y-kien?da-gui=${encodeURIComponent(id)}#ung-vien-${id}`, 303);
    // A robot fills every field: it is told "sent" and nothing is stored.
    if (form[HONEYPOT_FIELD]) return back(itemId);
    const values = { name: form.name ?? '', contact: form.contact ?? '', text: form.text ?? '' };
    const fail = async (message: string, status: 400 | 404 | 429, code = 'INVALID_INPUT') =>
      render(c, await commentsPage(p, { failed: { itemId, message, code, values } }), status);
    const parsed = publicCommentInput.safeParse({ itemId, ...values });
    if (!parsed.success) {
      return fail(parsed.error.issues.map((i) => i.message).join(' '), 400);
    }
    if (!allowPublicWrite(`${clientOf(c)}|${parsed.data.itemId}`)) {
      return fail(new AppError('RATE_LIMITED').message, 429, 'RATE_LIMITED');
    }
    try {
      await postPublicComment(p.db, parsed.data, c.get('requestId'));
    } catch (e) {
      if (e instanceof AppError && (e.code === 'NOT_FOUND' || e.code === 'NOT_PUBLISHED')) {
        return fail(new AppError('NOT_PUBLISHED').message, 404, 'NOT_PUBLISHED');
      }
      throw e;
    }
    return back(parsed.data.itemId);
  });

  // Filing: 3 per client per 10 minutes is enough for a person, not for a flood.
  const complaintLimiter = createRateLimiter(COMPLAINT_LIMIT.max, COMPLAINT_LIMIT.windowMs);
  app.get(COMPLAINT_PATH, async (c) =>
    render(c, await complaintFormPage(await portalContext(c), c.req.query('doi-tuong'))),
  );
  app.post(COMPLAINT_PATH, async (c) => {
    const p = await portalContext(c);
    const form = await readForm(c);
    const values = Object.fromEntries(
      ['filedAs', 'itemId', 'subjectName', 'content', 'fullName', 'contact', 'address'].map((k) => [
        k,
        form[k] ?? '',
      ]),
    );
    // A robot filling the hidden field gets a page that looks like success, and nothing is stored.
    if (form[COMPLAINT_HONEYPOT]) return c.redirect(`${COMPLAINT_PATH}/tra-cuu`, 303);
    const fail = async (error: string, status: 400 | 404 | 429, code = 'INVALID_INPUT') =>
      render(c, await complaintFormPage(p, undefined, { error, code, values }), status);
    if (!complaintLimiter.allow(clientOf(c)))
      return fail(new AppError('RATE_LIMITED').message, 429, 'RATE_LIMITED');
    const parsed = fileComplaintInput.safeParse({
      ...values,
      itemId: values.itemId || undefined,
      address: values.address || undefined,
    });
    if (!parsed.success) return fail(parsed.error.issues.map((i) => i.message).join(' '), 400);
    try {
      const filed = await fileComplaint(p.db, p.tenant.tenantId, parsed.data, {
        channel: 'PORTAL',
        actorId: null,
        requestId: c.get('requestId'),
        filedByUserId: (await signedInCitizen(c, p.tenant.tenantId))?.userId,
      });
      return c.redirect(`${COMPLAINT_PATH}/tra-cuu?ma=${filed.trackingCode}&moi=1`, 303);
    } catch (e) {
      if (e instanceof AppError && e.code === 'NOT_FOUND')
        return fail('Không tìm thấy trường hợp được chọn.', 404, 'NOT_FOUND');
      throw e;
    }
  });
  app.get(MY_FILINGS_PATH, async (c) => {
    const p = await portalContext(c);
    const citizen = await signedInCitizen(c, p.tenant.tenantId);
    c.header('cache-control', 'no-store');
    const vneid = c.get('deps').config.oidc.some((o) => o.id === 'vneid');
    return c.html(await myFilingsPage(p, citizen, vneid), 200);
  });
  app.post(CITIZEN_LOGOUT_PATH, async (c) => {
    const p = await portalContext(c);
    const citizen = await signedInCitizen(c, p.tenant.tenantId);
    // Without this session's token the form was not ours (CSRF): nothing happens.
    if (citizen && (await readForm(c)).csrf === citizen.csrfToken) {
      await signOutCitizen(c, p.tenant.tenantId, citizen);
    }
    return c.redirect(MY_FILINGS_PATH, 303);
  });
  app.get(`${COMPLAINT_PATH}/tra-cuu`, async (c) => {
    const { body, found } = await complaintTrackPage(
      await portalContext(c),
      c.req.query('ma') ?? '',
      c.req.query('moi') === '1',
    );
    c.header('x-robots-tag', 'noindex');
    return render(c, body, found || !c.req.query('ma') ? 200 : 404);
  });

  registerOnlineFilingRoutes(app);

  const signatureLimiter = createRateLimiter(VERIFY_LIMIT.max, VERIFY_LIMIT.windowMs);
  app.get(SIGNATURE_CHECK_PATH, async (c) => render(c, signatureCheckFormPage(await portalContext(c))));
  app.post(SIGNATURE_CHECK_PATH, async (c) => {
    const p = await portalContext(c);
    if (!signatureLimiter.allow(clientOf(c))) {
      return render(c, signatureCheckFormPage(p, new AppError('RATE_LIMITED').message), 429);
    }
    const form = await c.req.parseBody();
    const file = form.tep;
    if (!(file instanceof File) || file.size === 0) {
      return render(c, signatureCheckFormPage(p, 'Hãy chọn một tệp PDF.'), 400);
    }
    const bytes = Buffer.from(await file.arrayBuffer());
    if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') {
      return render(c, signatureCheckFormPage(p, new AppError('PDF_INVALID').message), 400);
    }
    const result = await checkUploadedPdf(p.db, p.tenant.tenantId, bytes);
    c.header('x-robots-tag', 'noindex');
    return render(
      c,
      signatureCheckResultPage(p, {
        verdict: result.verdict,
        signerName: result.check.signerName,
        signedAt: result.check.signedAt,
        decisionNumber: result.decisionNumber,
      }),
    );
  });
  app.get('/cong-khai/xac-minh', async (c) => {
    const code = c.req.query('ma')?.trim();
    if (code) return c.redirect(`/cong-khai/xac-minh/${encodeURIComponent(code)}`, 303);
    return render(c, verifyFormPage(await portalContext(c)));
  });
  // The same budget as the JSON look-up: plenty for people scanning certificates, useless for guessing.
  const verifyLimiter = createRateLimiter(VERIFY_LIMIT.max, VERIFY_LIMIT.windowMs);
  app.get('/cong-khai/xac-minh/:code', async (c) => {
    if (!verifyLimiter.allow(clientOf(c))) {
      const p = await portalContext(c);
      return render(c, notFoundPage(p, new AppError('RATE_LIMITED').message), 429);
    }
    const { body, found } = await verifyResultPage(await portalContext(c), c.req.param('code'));
    c.header('x-robots-tag', 'noindex');
    return render(c, body, found ? 200 : 404);
  });
}

/** The files of a multipart form field: zero, one or several; empty inputs dropped. */
function filesOf(value: unknown): File[] {
  const all = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return all.filter((f): f is File => f instanceof File && f.size > 0);
}

/** "Nộp hồ sơ trực tuyến" (portal-online.page.ts, docs/interop.md). */
function registerOnlineFilingRoutes(app: Hono<AppEnv>) {
  const filingLimiter = createRateLimiter(ONLINE_FILING_LIMIT.max, ONLINE_FILING_LIMIT.windowMs);
  const trackLimiter = createRateLimiter(VERIFY_LIMIT.max, VERIFY_LIMIT.windowMs);
  const notOffered = (c: Context<AppEnv>, p: PortalCtx) =>
    render(c, notFoundPage(p, new AppError('ONLINE_PROCEDURE_NOT_OFFERED').message), 404);
  app.get(ONLINE_PATH, async (c) => {
    const p = await portalContext(c);
    const codes = c.get('deps').config.dvc(p.tenant.code)?.procedureCodes ?? {};
    return render(c, onlineIndexPage(p, codes));
  });
  app.get(HOUSEHOLD_FORM_PATH, async (c) => {
    const p = await portalContext(c);
    if (!p.settings.onlineProcedures.includes('GIA_DINH_VAN_HOA')) return notOffered(c, p);
    return render(c, householdFormPage(p, await registrationUnits(p), currentYearVn()));
  });
  app.post(HOUSEHOLD_FORM_PATH, async (c) => {
    const p = await portalContext(c);
    if (!p.settings.onlineProcedures.includes('GIA_DINH_VAN_HOA')) return notOffered(c, p);
    const form = await c.req.parseBody({ all: true });
    const field = (k: string) => (typeof form[k] === 'string' ? (form[k] as string) : '');
    const values = Object.fromEntries(
      ['unitId', 'headName', 'address', 'phone', 'email', 'pledge', 'year'].map((k) => [k, field(k)]),
    );
    // A robot filling the hidden field is shown the look-up page, and nothing is stored.
    if (field(ONLINE_HONEYPOT)) return c.redirect(DOSSIER_TRACK_PATH, 303);
    const fail = async (error: AppError | FormState) => {
      const state = error instanceof AppError ? { error: error.message, code: error.code } : error;
      const status = error instanceof AppError ? (error.status as 400 | 404 | 409 | 413 | 429) : 400;
      const units = await registrationUnits(p);
      return render(c, householdFormPage(p, units, currentYearVn(), { ...state, values }), status);
    };
    if (!filingLimiter.allow(clientOf(c))) return fail(new AppError('RATE_LIMITED'));
    const parsed = householdFilingInput.safeParse({ ...values, pledge: values.pledge || undefined });
    if (!parsed.success)
      return fail({ error: parsed.error.issues.map((i) => i.message).join(' '), code: 'INVALID_INPUT' });
    const files = filesOf(form.tep);
    if (files.length > ONLINE_MAX_ATTACHMENTS)
      return fail({ error: `Chỉ gửi được tối đa ${ONLINE_MAX_ATTACHMENTS} tệp.`, code: 'INVALID_INPUT' });
    try {
      // The one upload path's check: the kind by the bytes, the size by the endpoint's limit.
      const attachments: CheckedUpload[] = [];
      for (const f of files)
        attachments.push(
          await checkUpload(ONLINE_ATTACHMENT, f.name.slice(-200), new Uint8Array(await f.arrayBuffer())),
        );
      const citizen = await signedInCitizen(c, p.tenant.tenantId);
      const filed = await fileHouseholdOnline(
        c.get('deps').db,
        c.get('deps').config.dataDir,
        p.tenant.tenantId,
        parsed.data,
        { requestId: c.get('requestId'), citizenUserId: citizen?.userId, attachments },
      );
      return c.redirect(`${DOSSIER_TRACK_PATH}?ma=${encodeURIComponent(filed.code)}&moi=1`, 303);
    } catch (e) {
      if (e instanceof AppError && e.status < 500) return fail(e);
      throw e;
    }
  });
  app.get(DOSSIER_TRACK_PATH, async (c) => {
    const p = await portalContext(c);
    c.header('x-robots-tag', 'noindex');
    const code = c.req.query('ma') ?? '';
    if (code && !trackLimiter.allow(clientOf(c)))
      return render(c, notFoundPage(p, new AppError('RATE_LIMITED').message), 429);
    const { body, found } = await dossierTrackPage(p, code, c.req.query('moi') === '1');
    return render(c, body, found || !code ? 200 : 404);
  });
}

export const isUuid = (s: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
