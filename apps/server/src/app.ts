import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { getCookie } from 'hono/cookie';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import type { Config } from './config/config';
import type { AppEnv, Deps } from './lib/context';
import { isDatabaseUnavailable } from './lib/db-errors';
import { AppError, errorBody } from './lib/errors';
import { newId } from './lib/ids';
import { nulGuard } from './lib/nul-guard';
import { jsonResponse, openApiDocument, registerErrorSchema } from './lib/openapi';
import { readRouting, SAFE_METHODS } from './lib/read-routing';
import { defineRoute } from './lib/route';
import { describeError } from './lib/safe-error';
import { securityHeaders } from './lib/security-headers';
import { processTotpClock } from './lib/totp-clock';
import { validationHook } from './lib/validation';
import { registerAuditRoutes } from './modules/audit/audit.routes';
import { registerAuthRoutes, SESSION_COOKIE } from './modules/auth/auth.routes';
import { resolveSession } from './modules/auth/auth.service';
import { registerMfaRoutes } from './modules/auth/mfa.routes';
import { useBallotSecret } from './modules/ballots/ballot-key';
import { registerClusterRoutes } from './modules/clusters/clusters.routes';
import { registerComplaintRoutes } from './modules/complaints/complaints.routes';
import { registerCouncilRoutes } from './modules/councils/councils.routes';
import { registerDecisionRoutes } from './modules/decisions/decisions.routes';
import { registerAchievementReportRoutes } from './modules/documents/achievement-report.routes';
import { registerDocumentRoutes } from './modules/documents/documents.routes';
import { registerProposalCouncilDocumentRoutes } from './modules/documents/proposal-council-documents.routes';
import { registerEligibilityRoutes } from './modules/eligibility/eligibility.routes';
import { useDossierHandler, useReplyHandler } from './modules/exchange/index';
import { registerFundRoutes } from './modules/fund/fund.routes';
import { registerHealthRoutes } from './modules/health/health.routes';
import { registerHouseholdRoutes } from './modules/households/households.routes';
import { registerImportRoutes } from './modules/imports/imports.routes';
import { registerIncomingDossierRoutes } from './modules/incoming-dossiers/incoming-dossiers.routes';
import { receiveIncomingDossier } from './modules/incoming-dossiers/index';
import { registerInspectionRoutes } from './modules/inspections/inspections.routes';
import { registerModelRoutes } from './modules/models/models.routes';
import { registerMovementRoutes } from './modules/movements/movements.routes';
import { registerMyWorkRoutes } from './modules/my-work/my-work.routes';
import { registerNoticeSettingsRoutes } from './modules/notices/index';
import { registerOidcRoutes } from './modules/oidc/oidc.routes';
import { registerOidcBrowserRoutes } from './modules/oidc/oidc-browser.routes';
import { registerOrgUnitRoutes } from './modules/org-units/org-units.routes';
import { findPeopleIdsInUnit, transferPeople } from './modules/people/index';
import { registerPeopleRoutes } from './modules/people/people.routes';
import { registerPeoplePositionRoutes } from './modules/people/people-positions';
import { registerPortalRoutes } from './modules/portal/portal.routes';
import { registerPortalSettingsRoutes } from './modules/portal/portal-settings.routes';
import { registerClusterLeaderProposalRoute } from './modules/proposals/cluster-leader.routes';
import { useUpperLevelReader } from './modules/proposals/index';
import { registerProposalRoutes } from './modules/proposals/proposals.routes';
import { registerPublicCommentRoutes } from './modules/proposals/public-comment.routes';
import { isEvidenceUpload } from './modules/records/record-files.routes';
import { MAX_EVIDENCE_BYTES } from './modules/records/record-files.schemas';
import { registerRecordRoutes } from './modules/records/records.routes';
import { registerReportRoutes } from './modules/reports/reports.routes';
import { registerAwardCatalogueRoutes } from './modules/rule-params/award-catalogue.routes';
import { registerRuleParamsRoutes } from './modules/rule-params/rule-params.routes';
import { isDecisionSigned } from './modules/signing/index';
import { registerSigningRoutes } from './modules/signing/signing.routes';
import { signedPdf } from './modules/signing/signing.service';
import { registerTenantAwardRoutes } from './modules/tenant-awards/tenant-awards.routes';
import { registerTimelineRoutes } from './modules/timeline/timeline.routes';
import { readUpperLevel, upperLevelReplyHandler } from './modules/upper-level/index';
import { registerUpperLevelRoutes } from './modules/upper-level/upper-level.routes';
import { registerUserRoutes } from './modules/users/users.routes';
import { registerVerificationRoutes } from './modules/verification/verification.routes';
import { forgetTenantReads } from './platform/tenant-read-generation';
import { uploadBodyLimit } from './platform/upload/index';
import { mountWeb } from './web/serve-web';

const openApiRoute = defineRoute(
  { public: true },
  {
    method: 'get',
    path: '/openapi.json',
    summary: 'Tải tài liệu OpenAPI',
    tags: ['system'],
    responses: {
      200: jsonResponse(
        z.looseObject({ openapi: z.string(), info: z.object({ title: z.string(), version: z.string() }) }),
        'Tài liệu OpenAPI 3.1 của API này',
      ),
    },
  },
);

// Validation messages in Vietnamese, for every schema.
z.config(z.locales.vi());

export type Logger = { error(message: string, meta?: Record<string, unknown>): void };

/** Builds the HTTP app without listening, so tests call app.request() in-process. */
export function createApp(givenDeps: Deps, logger: Logger = console) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const deps: Deps = { ...givenDeps, totpClock: givenDeps.totpClock ?? processTotpClock };
  useBallotSecret(deps.config.ballotSecret);

  app.use('*', async (c, next) => {
    c.set('deps', deps);
    c.set('requestId', c.req.header('x-request-id')?.slice(0, 64) || newId());
    c.set('actor', null);
    c.set('session', null);
    await next();
  });

  app.use('*', securityHeaders(deps.config));
  app.use('*', readRouting(deps));

  const jsonLimit = bodyLimit({
    maxSize: 2 * 1024 * 1024,
    onError: () => {
      throw new AppError('PAYLOAD_TOO_LARGE');
    },
  });
  // An import upload carries a file of up to 20 MB as base64 (4/3 larger).
  const uploadLimit = bodyLimit({
    maxSize: 27.5 * 1024 * 1024,
    onError: () => {
      throw new AppError('IMPORT_FILE_TOO_LARGE');
    },
  });
  // Evidence files (minh chứng) come as the raw body: a scanned decision is often 3–10 MB.
  const evidenceLimit = bodyLimit({
    maxSize: MAX_EVIDENCE_BYTES,
    onError: () => {
      throw new AppError('EVIDENCE_FILE_TOO_LARGE');
    },
  });
  app.use('/api/*', (c, next) => {
    // A read has no body to limit. Hono's bodyLimit would still ask for one, and @hono/node-server
    // then builds a full web Request for it (~8% of a read's CPU under load, issue 19).
    if (SAFE_METHODS.has(c.req.method)) return next();
    // A file upload (platform/upload) carries its route's own limit.
    const upload = uploadBodyLimit(c.req.method, c.req.path);
    if (upload) return upload(c, next);
    if (c.req.method === 'POST' && c.req.path === '/api/imports') return uploadLimit(c, next);
    return isEvidenceUpload(c.req.method, c.req.path) ? evidenceLimit(c, next) : jsonLimit(c, next);
  });

  app.use('/api/*', nulGuard);

  app.use('/api/*', async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) {
      const resolved = await resolveSession(deps, token);
      if (resolved) {
        c.set('actor', resolved.actor);
        c.set('session', resolved.session);
      }
    }
    await next();
  });

  // The reads kept a few seconds (docs/decisions/021: the people list's pages, the award search's
  // unit scopes): a write request may have changed what they show. Its handler has returned, so
  // its transactions have committed; forget the tenant's reads (every tenant's when no one is
  // signed in), whatever the answer was.
  app.use('/api/*', async (c, next) => {
    await next();
    if (!SAFE_METHODS.has(c.req.method)) forgetTenantReads(c.get('actor')?.tenantId);
  });

  app.onError((err, c) => {
    const requestId = c.get('requestId');
    if (err instanceof AppError) return c.json(errorBody(err, requestId), err.status);
    if (err instanceof HTTPException && err.status < 500) {
      // Malformed JSON and similar transport errors are the client's input problem.
      const appError = new AppError('INVALID_INPUT', [
        { path: '(gốc)', message: 'Nội dung gửi lên không đúng định dạng JSON.' },
      ]);
      return c.json(errorBody(appError, requestId), 400);
    }
    if (isDatabaseUnavailable(err)) {
      // A failover or a restart in progress: the client may retry shortly (db/replicas.ts).
      logger.error('database unavailable', { requestId, error: describeError(err) });
      c.header('retry-after', '5');
      return c.json(errorBody(new AppError('DATABASE_UNAVAILABLE'), requestId), 503);
    }
    // Never the raw error: a failed query's message carries its parameter values.
    logger.error('unhandled error', { requestId, error: describeError(err) });
    return c.json(errorBody(new AppError('INTERNAL'), requestId), 500);
  });

  app.route('/api', createApi(deps.config));

  app.all('/api/*', (c) => c.json(errorBody(new AppError('NOT_FOUND'), c.get('requestId')), 404));

  // The OpenID Connect login's pages (the button's link and the provider's callback).
  registerOidcBrowserRoutes(app);

  // The public portal is rendered here, not by the console's single-page app.
  registerPortalRoutes(app);

  mountWeb(app, deps.config.webDist);
  return app;
}

/**
 * The JSON API mounted under /api. It needs no database to build, so the OpenAPI document (and
 * the web's generated types) come from it without one.
 */
export function createApi(config: Config) {
  const api = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  registerErrorSchema(api);
  registerHealthRoutes(api);
  registerAuthRoutes(api, config);
  registerMfaRoutes(api);
  registerOidcRoutes(api);
  // A merge or split moves the units' people: org-units is below people in the module graph, so
  // people's functions are passed in here rather than imported there.
  registerOrgUnitRoutes(api, { findPeopleIdsInUnit, transferPeople });
  registerPeopleRoutes(api);
  registerPeoplePositionRoutes(api);
  registerUserRoutes(api);
  registerAuditRoutes(api);
  registerEligibilityRoutes(api);
  registerRuleParamsRoutes(api);
  registerTenantAwardRoutes(api);
  registerAwardCatalogueRoutes(api);
  registerHouseholdRoutes(api);
  registerProposalRoutes(api);
  registerPublicCommentRoutes(api);
  registerCouncilRoutes(api);
  // A signed decision's award is revoked by a revocation decision (signing), so its check is passed in.
  registerDecisionRoutes(api, isDecisionSigned);
  // The dossier sent up to the upper level (docs/interop.md): the upper-level module builds on
  // exchange, decisions and proposals, so the proposal page's reader of its package and the
  // exchange's handler of the upper level's replies are passed in here.
  useUpperLevelReader(readUpperLevel);
  useReplyHandler(upperLevelReplyHandler(config.dataDir));
  registerUpperLevelRoutes(api);
  // A dossier a child tenant sends up becomes an incoming dossier in the import's transaction; the
  // incoming-dossiers module builds on exchange, so its handler is passed in here.
  useDossierHandler(receiveIncomingDossier);
  registerIncomingDossierRoutes(api);
  registerImportRoutes(api);
  // A signed decision's awards are closed; the signed files are signing's, so its check is passed in.
  registerRecordRoutes(api, isDecisionSigned);
  registerTimelineRoutes(api);
  registerMovementRoutes(api);
  registerClusterRoutes(api);
  // The cluster vote's proposal is made by proposals, which build on clusters (and not the reverse).
  registerClusterLeaderProposalRoute(api);
  // A signed decision is served as signed; signing builds on documents, so its lookup is passed in.
  registerDocumentRoutes(api, signedPdf);
  registerSigningRoutes(api);
  registerAchievementReportRoutes(api);
  registerProposalCouncilDocumentRoutes(api);
  registerVerificationRoutes(api);
  registerReportRoutes(api);
  registerPortalSettingsRoutes(api);
  registerComplaintRoutes(api);
  registerMyWorkRoutes(api);
  registerNoticeSettingsRoutes(api);
  registerFundRoutes(api);
  registerModelRoutes(api);
  registerInspectionRoutes(api);
  // Built on the first request, when every route is registered: the routes never change after
  // that, and generating it took ~0.3 s a call.
  let document: ReturnType<typeof openApiDocument> | undefined;
  api.openapi(openApiRoute, (c) => {
    document ??= openApiDocument(api);
    return c.json(document, 200);
  });
  return api;
}
