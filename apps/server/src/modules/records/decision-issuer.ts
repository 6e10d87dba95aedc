import type { Permission } from '@vinhdanh/domain/auth/permissions';
import { decide } from '@vinhdanh/domain/auth/policy';
import { foldVietnamese } from '@vinhdanh/domain/text/fold';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { orgUnit } from '../../db/schema/index';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';

export type DecisionIssuer = { issuer: string; issuerUnitId: string | null };

/**
 * Whose register a hand-entered decision joins. A unit of the tenant keeps its own register, and
 * only officers whose scope covers that unit may write in it: otherwise a unit officer could
 * pre-register the province's "…/QĐ-UBND" numbers. An issuer named like a unit of the tenant
 * (compared without case or diacritics) is that unit; any other name is an issuer outside the
 * tenant (the Prime Minister, a ministry) with a register of its own.
 */
export async function resolveDecisionIssuer(
  tx: Tx,
  ctx: RequestContext,
  permission: Permission,
  input: { issuer: string; issuerUnitId?: string | undefined },
): Promise<DecisionIssuer> {
  const { tenantId } = ctx.actor;
  const inScope = (path: string) => decide(ctx.actor, permission, { tenantId, unitPath: path }).allowed;
  if (input.issuerUnitId) {
    const [unit] = await tx
      .select({ id: orgUnit.id, name: orgUnit.name, path: orgUnit.path })
      .from(orgUnit)
      .where(and(eq(orgUnit.tenantId, tenantId), eq(orgUnit.id, input.issuerUnitId)));
    if (!unit) throw new AppError('ORG_UNIT_NOT_FOUND');
    if (!inScope(unit.path)) throw new AppError('DECISION_ISSUER_OUT_OF_SCOPE');
    return { issuer: input.issuer, issuerUnitId: unit.id };
  }
  const folded = foldVietnamese(input.issuer);
  const units = await tx
    .select({ id: orgUnit.id, name: orgUnit.name, path: orgUnit.path })
    .from(orgUnit)
    .where(eq(orgUnit.tenantId, tenantId));
  const named = units
    .filter((u) => foldVietnamese(u.name) === folded)
    .sort((a, b) => a.path.length - b.path.length);
  if (named.length === 0) return { issuer: input.issuer, issuerUnitId: null };
  const own = named.find((u) => inScope(u.path));
  if (!own) throw new AppError('DECISION_ISSUER_OUT_OF_SCOPE');
  return { issuer: input.issuer, issuerUnitId: own.id };
}
