import { type AwardLookup, awardNameIn, type CatalogueAward } from '@vinhdanh/domain/rules/award-catalogue';
import type { IsoDate } from '@vinhdanh/domain/rules/types';
import type { Db, Tx } from '../../db/client';
import { AppError } from '../../lib/errors';
import { todayVn } from '../../platform/clock';
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
