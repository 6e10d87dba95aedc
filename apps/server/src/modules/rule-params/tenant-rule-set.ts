import { createHash } from 'node:crypto';
import { type AwardLookup, awardLookup } from '@vinhdanh/domain/rules/award-catalogue';
import type { TenantOverrides } from '@vinhdanh/domain/rules/params';
import { ruleSetAt } from '@vinhdanh/domain/rules/registry';
import { type RuleSet, ruleSetWithOverrides } from '@vinhdanh/domain/rules/rule-set';
import { withTenantAwards } from '@vinhdanh/domain/rules/tenant-awards';
import type { IsoDate } from '@vinhdanh/domain/rules/types';
import type { Db } from '../../db/client';
import { cachedRuleSets } from '../../platform/rule-set-cache';
import { listTenantAwards, toTenantAward } from '../tenant-awards/index';
import { listOverrides } from './rule-params.repository';

export type TenantRuleSets = {
  at(date: IsoDate): RuleSet;
  ofYear(year: number): RuleSet;
  /**
   * The catalogue on a date, to name a code: the law's, the state's and the province's awards in force,
   * then any version of a province's code (an old record still prints its name).
   */
  names(date: IsoDate): AwardLookup;
  /**
   * A fingerprint of the tenant's parameters and own catalogue: a stored verdict computed under
   * another one is stale (issue 19, eligibility-refresh.ts).
   */
  version: string;
};

/** Content, not timestamps: saving the same values again keeps the verdicts fresh. */
function fingerprint(overrides: { ruleSetId: string; params: unknown }[], own: readonly unknown[]): string {
  const params = overrides
    .map((o) => [o.ruleSetId, o.params] as const)
    .sort((a, b) => a[0].localeCompare(b[0]));
  // `own` comes ordered by code and version (listTenantAwards).
  return createHash('sha256')
    .update(JSON.stringify([params, own]))
    .digest('hex')
    .slice(0, 16);
}

/**
 * The rule sets as this tenant applies them: the law's defaults with the tenant's
 * own parameters (a province's regulation) merged in. Kept a few seconds per process
 * (rule-set-cache.ts, decision 019).
 */
export function loadTenantRuleSets(db: Db, tenantId: string): Promise<TenantRuleSets> {
  return cachedRuleSets(db, tenantId, () => buildTenantRuleSets(db, tenantId));
}

async function buildTenantRuleSets(db: Db, tenantId: string): Promise<TenantRuleSets> {
  const overrideRows = await listOverrides(db, tenantId);
  const overrides = new Map(overrideRows.map((r) => [r.ruleSetId, r.params as TenantOverrides]));
  // The province's own titles and forms (issue 12, rule 12), each in the version in force on the date.
  const own = (await listTenantAwards(db, tenantId)).map(toTenantAward);
  const version = fingerprint(overrideRows, own);
  const built = new Map<string, RuleSet>();
  const withOverrides = (base: RuleSet) => {
    const params = overrides.get(base.id);
    if (!params) return base;
    let merged = built.get(base.id);
    if (!merged) {
      merged = ruleSetWithOverrides(base, params);
      built.set(base.id, merged);
    }
    return merged;
  };
  const at = (date: IsoDate) => {
    const rs = withOverrides(ruleSetAt(date));
    return own.length ? withTenantAwards(rs, own, date) : rs;
  };
  // The year's review is judged under the rules in force on 31 December.
  return {
    at,
    ofYear: (year) => at(`${year}-12-31`),
    names: (date) => awardLookup(at(date), own),
    version,
  };
}
