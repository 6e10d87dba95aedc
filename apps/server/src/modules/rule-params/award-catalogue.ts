import {
  type AwardLookup,
  awardNameIn,
  type CatalogueAward,
  catalogueAwards,
} from '@vinhdanh/domain/rules/award-catalogue';
import type { IsoDate } from '@vinhdanh/domain/rules/types';
import type { Db, Tx } from '../../db/client';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { currentYearVn, todayVn } from '../../platform/clock';
import { listTenantAwards } from '../tenant-awards/index';
import { loadTenantRuleSets } from './tenant-rule-set';

/**
 * The code's entry in the catalogue in force, or AWARD_NOT_IN_CATALOGUE with the field's path. With
 * `proposable`, only awards the engine evaluates and the workflow routes (the law's titles and forms and
 * the province's own in force) pass: a state award is proposed through its own dossier, outside the chains.
 */
export function requireAward(
  lookup: AwardLookup,
  code: string,
  path: string,
  options: { proposable?: boolean } = {},
): CatalogueAward {
  const found = lookup(code);
  if (!found?.inForce || (options.proposable && !found.proposable))
    throw new AppError('AWARD_NOT_IN_CATALOGUE', [
      { path, message: `Mã "${code}" không có trong danh mục khen thưởng đang có hiệu lực` },
    ]);
  return found;
}

/**
 * Names award codes as the tenant's catalogue does on a date (default: the end of the award's year, or
 * today): the law's and the state's names, and the province's own from the version in force or, failing
 * that, its latest version. An unknown code prints as itself rather than crashing a page or a document.
 */
export type AwardNamer = (code: string, date?: IsoDate) => string;

export async function loadAwardNamer(db: Db | Tx, tenantId: string): Promise<AwardNamer> {
  const ruleSets = await loadTenantRuleSets(db as Db, tenantId);
  const today = todayVn();
  return (code, date) => awardNameIn(ruleSets.names(date ?? today), code);
}

/** One namer per tenant, for lists that cross tenants (the public portal). */
export function awardNamerCache(db: Db | Tx) {
  const namers = new Map<string, Promise<AwardNamer>>();
  return async (tenantId: string): Promise<AwardNamer> => {
    let namer = namers.get(tenantId);
    if (!namer) {
      namer = loadAwardNamer(db, tenantId);
      namers.set(tenantId, namer);
    }
    return namer;
  };
}

/**
 * The catalogue in force in a year for the tenant: the law's titles and forms, the state awards and the
 * province's own; then the province's codes not in force that year, so any page can name old records.
 */
export async function listAwardCatalogue(db: Db, ctx: RequestContext, year = currentYearVn()) {
  authorize(ctx.actor, 'record:read');
  const tenantId = ctx.actor.tenantId;
  const date = `${year}-12-31`;
  const ruleSets = await loadTenantRuleSets(db, tenantId);
  const inForce = catalogueAwards(ruleSets.ofYear(year));
  const known = new Set(inForce.map((a) => a.code));
  const names = ruleSets.names(date);
  const others = [...new Set((await listTenantAwards(db, tenantId)).map((r) => r.code))]
    .filter((code) => !known.has(code))
    .flatMap((code) => names(code) ?? []);
  return [...inForce, ...others].map((a) => ({ ...a, subjectTypes: [...a.subjectTypes] }));
}
