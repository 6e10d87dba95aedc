import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { tenantRootPath } from '@vinhdanh/domain/auth/policy';
import { validateOverrides } from '@vinhdanh/domain/rules/overrides';
import { RULE_SETS, ruleSetById } from '@vinhdanh/domain/rules/registry';
import { authorize } from '../../lib/authorize';
import { type AppEnv, requestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { jsonBody, jsonResponse } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import { appendAudit } from '../../platform/audit/append-audit';
import { forgetRuleSets } from '../../platform/rule-set-cache';
import { findOverrides, listOverrides, saveOverrides } from './rule-params.repository';

const ruleSetView = z.object({
  ruleSetId: z.string(),
  name: z.string(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  defaults: z.record(z.string(), z.unknown()),
  overrides: z.record(z.string(), z.unknown()),
});

const list = defineRoute(
  { permission: 'eligibility:read' },
  {
    method: 'get',
    path: '/rule-params',
    summary: 'Xem bộ quy tắc và tham số riêng',
    tags: ['rules'],
    responses: {
      200: jsonResponse(z.object({ items: z.array(ruleSetView) }), 'Bộ quy tắc và tham số riêng của đơn vị'),
    },
  },
);

const update = defineRoute(
  { permission: 'ruleParams:manage' },
  {
    method: 'put',
    path: '/rule-params/{ruleSetId}',
    summary: 'Lưu tham số riêng của một bộ quy tắc',
    tags: ['rules'],
    request: {
      params: z.object({ ruleSetId: z.string().max(60) }),
      ...jsonBody(
        z
          .object({ params: z.record(z.string(), z.unknown()) })
          .strict()
          .openapi('RuleParamsInput'),
      ),
    },
    responses: { 200: jsonResponse(ruleSetView, 'Đã lưu tham số riêng') },
  },
);

export function registerRuleParamsRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) => {
    const ctx = requestContext(c);
    authorize(ctx.actor, 'eligibility:read');
    const saved = new Map(
      (await listOverrides(c.get('deps').db, ctx.actor.tenantId)).map((r) => [r.ruleSetId, r.params]),
    );
    const items = RULE_SETS.map((rs) => ({
      ruleSetId: rs.id,
      name: rs.name,
      effectiveFrom: rs.effectiveFrom,
      effectiveTo: rs.effectiveTo ?? null,
      defaults: rs.params as unknown as Record<string, unknown>,
      overrides: (saved.get(rs.id) ?? {}) as Record<string, unknown>,
    }));
    return c.json({ items }, 200);
  });

  app.openapi(update, async (c) => {
    const ctx = requestContext(c);
    // A province's regulation binds the whole tenant: only its root-scoped admins set it.
    authorize(ctx.actor, 'ruleParams:manage', {
      tenantId: ctx.actor.tenantId,
      path: tenantRootPath(ctx.actor),
    });
    const ruleSet = ruleSetById(c.req.valid('param').ruleSetId);
    if (!ruleSet) throw new AppError('NOT_FOUND');
    const result = validateOverrides(ruleSet, c.req.valid('json').params);
    if (!result.ok)
      throw new AppError(
        'INVALID_INPUT',
        result.issues.map((i) => ({ path: `params.${i.path}`, message: i.message })),
      );
    const db = c.get('deps').db;
    await db.transaction(async (tx) => {
      const before = await findOverrides(tx, ctx.actor.tenantId, ruleSet.id);
      await saveOverrides(tx, ctx.actor.tenantId, ruleSet.id, result.overrides);
      await appendAudit(tx, {
        tenantId: ctx.actor.tenantId,
        actorId: ctx.actor.userId,
        action: 'ruleParams.update',
        entityType: 'ruleSet',
        entityId: ruleSet.id,
        before,
        after: result.overrides,
        requestId: ctx.requestId,
      });
    });
    forgetRuleSets();
    return c.json(
      {
        ruleSetId: ruleSet.id,
        name: ruleSet.name,
        effectiveFrom: ruleSet.effectiveFrom,
        effectiveTo: ruleSet.effectiveTo ?? null,
        defaults: ruleSet.params as unknown as Record<string, unknown>,
        overrides: result.overrides as Record<string, unknown>,
      },
      200,
    );
  });
}
