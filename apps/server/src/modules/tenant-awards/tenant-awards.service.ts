import { tenantRootPath } from '@vinhdanh/domain/auth/policy';
import { isLawAwardCode, validateCriterion } from '@vinhdanh/domain/rules/tenant-awards';
import type { Db } from '../../db/client';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { forgetRuleSets } from '../../platform/rule-set-cache';
import {
  closeVersion,
  insertTenantAward,
  latestVersion,
  listTenantAwards,
  type TenantAwardRow,
} from './tenant-awards.repository';
import type { TenantAwardInput } from './tenant-awards.schemas';

export const presentTenantAward = (r: TenantAwardRow) => ({
  id: r.id,
  code: r.code,
  version: r.version,
  name: r.name,
  level: r.level,
  category: r.category,
  kind: r.kind,
  subjectTypes: r.subjectTypes,
  decider: r.deciderRole,
  criteria: r.criteria as Record<string, unknown>,
  coefficient: r.coefficient,
  citation: r.citation,
  effectiveFrom: r.effectiveFrom,
  effectiveTo: r.effectiveTo,
});

export async function listTenantAwardVersions(db: Db, ctx: RequestContext) {
  authorize(ctx.actor, 'eligibility:read');
  return (await listTenantAwards(db, ctx.actor.tenantId)).map(presentTenantAward);
}

const dayBefore = (iso: string) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * Saves a new version of a provincial award: version 1 for a new code; otherwise the previous version
 * ends the day before this one starts, so a date is always judged by exactly one version.
 */
export async function saveTenantAward(db: Db, ctx: RequestContext, input: TenantAwardInput) {
  // A province's regulation binds the whole tenant: only its root-scoped admins write it.
  authorize(ctx.actor, 'ruleParams:manage', {
    tenantId: ctx.actor.tenantId,
    path: tenantRootPath(ctx.actor),
  });
  if (isLawAwardCode(input.code))
    throw new AppError('TENANT_AWARD_LAW_CODE', [
      { path: 'code', message: 'Mã trùng danh mục của pháp luật' },
    ]);
  const issues = validateCriterion(input.criteria);
  if (issues.length) throw new AppError('TENANT_AWARD_INVALID_CRITERIA', issues);
  const tenantId = ctx.actor.tenantId;
  const saved = await db.transaction(async (tx) => {
    const previous = await latestVersion(tx, tenantId, input.code);
    if (previous && previous.effectiveFrom >= input.effectiveFrom)
      throw new AppError('TENANT_AWARD_DATES', [
        {
          path: 'effectiveFrom',
          message: `Phải sau ngày ${previous.effectiveFrom.split('-').reverse().join('/')}`,
        },
      ]);
    if (previous) await closeVersion(tx, tenantId, previous.id, dayBefore(input.effectiveFrom));
    const row = {
      tenantId,
      id: newId(),
      code: input.code,
      version: (previous?.version ?? 0) + 1,
      name: input.name,
      level: input.level,
      category: input.category,
      kind: input.kind,
      subjectTypes: input.subjectTypes,
      deciderRole: input.decider,
      criteria: input.criteria,
      coefficient: input.coefficient,
      citation: input.citation,
      effectiveFrom: input.effectiveFrom,
      effectiveTo: null,
      createdBy: ctx.actor.userId,
      createdAt: new Date(),
    };
    await insertTenantAward(tx, row);
    await appendAudit(tx, {
      tenantId,
      actorId: ctx.actor.userId,
      action: 'tenantAward.save',
      entityType: 'tenant_award',
      entityId: row.id,
      after: { code: row.code, version: row.version, effectiveFrom: row.effectiveFrom },
      requestId: ctx.requestId,
    });
    return presentTenantAward(row);
  });
  // Committed: the next judgement in this process reads the new version (decision 019).
  forgetRuleSets();
  return saved;
}
