import { type AwardLookup, catalogueAwards } from '@vinhdanh/domain/rules/award-catalogue';
import type { Db, Tx } from '../../db/client';
import { currentYearVn } from '../../platform/clock';
import { loadTenantRuleSets } from '../rule-params/index';
import { awardCodeChoice, type CodeList } from './import-columns';
import type { ImportKind } from './import-kind';

/**
 * The awards column's dropdown for a tenant: the catalogue in force this year (the law's, the state's and
 * the province's own) that a person can receive. Other kinds keep their fixed lists.
 */
export async function codeListsFor(
  db: Db | Tx,
  tenantId: string,
  kind: ImportKind,
): Promise<Record<string, CodeList>> {
  if (kind !== 'awards') return {};
  const ruleSets = await loadTenantRuleSets(db as Db, tenantId);
  const awardCode: CodeList = catalogueAwards(ruleSets.ofYear(currentYearVn()))
    .filter((a) => a.subjectTypes.includes('individual'))
    .map((a) => awardCodeChoice(a.code, a.name));
  return { awardCode };
}

/** What is wrong with a row's award code in its year, or null: unknown, or not given to a person. */
export type AwardCodeCheck = (
  code: string,
  year: number,
) => { problem: string; suggestion: string | null } | null;

/**
 * Checks codes against the tenant's catalogue in force at the end of the award's year, as an award entered
 * by hand is (records/award-rules.ts): the law's codes and the province's own titles and forms alike.
 */
export async function loadAwardCodeCheck(db: Db | Tx, tenantId: string): Promise<AwardCodeCheck> {
  const ruleSets = await loadTenantRuleSets(db as Db, tenantId);
  const byYear = new Map<number, AwardLookup>();
  return (code, year) => {
    let lookup = byYear.get(year);
    if (!lookup) {
      lookup = ruleSets.names(`${year}-12-31`);
      byYear.set(year, lookup);
    }
    const found = lookup(code);
    if (!found?.inForce)
      return {
        problem: `Mã "${code}" không có trong danh mục khen thưởng đang có hiệu lực năm ${year}.`,
        suggestion:
          'Chọn danh hiệu, hình thức của pháp luật, của Nhà nước hoặc của tỉnh (trang "Danh hiệu của tỉnh") còn hiệu lực trong năm đó.',
      };
    if (!found.subjectTypes.includes('individual'))
      return { problem: `${found.name} không xét cho cá nhân.`, suggestion: null };
    return null;
  };
}
