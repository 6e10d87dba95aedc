import { engineSubjectType, subjectTypeName } from '@vinhdanh/domain/records/subject-type';
import { awardLookup } from '@vinhdanh/domain/rules/award-catalogue';
import type { RuleSet } from '@vinhdanh/domain/rules/rule-set';
import type { AwardCode } from '@vinhdanh/domain/rules/types';
import { groupByRoute, type Route, routeFor } from '@vinhdanh/domain/workflow/routing';
import type { Db, Tx } from '../../db/client';
import { AppError } from '../../lib/errors';
import { findUnit } from '../org-units/index';
import { findPerson } from '../people/index';
import { requireAward } from '../rule-params/index';
import { findHousehold, findTeam } from './nominee.repository';
import { unitChain } from './proposals.repository';
import type { CreateProposalInput } from './proposals.schemas';

export type ResolvedItem = {
  subjectType: 'PERSON' | 'COLLECTIVE' | 'HOUSEHOLD';
  subjectId: string;
  subjectName: string;
  unitId: string;
  awardCode: AwardCode;
  achievement: string | null;
};

const invalid = (path: string, message: string) => new AppError('INVALID_INPUT', [{ path, message }]);

/**
 * Each item's award is in the catalogue in force for the proposal's year (the law's or the province's own,
 * AWARD_NOT_IN_CATALOGUE otherwise), and its subject exists under the submitting unit and fits the award's
 * subject types.
 */
export async function resolveItems(
  db: Db | Tx,
  tenantId: string,
  unitPath: string,
  items: CreateProposalInput['items'],
  ruleSet: RuleSet,
): Promise<ResolvedItem[]> {
  const out: ResolvedItem[] = [];
  const seen = new Set<string>();
  const lookup = awardLookup(ruleSet);
  for (const [i, it] of items.entries()) {
    const key = `${it.subjectId}|${it.awardCode}`;
    if (seen.has(key)) throw invalid(`items.${i}`, 'Đối tượng đã được đề nghị hình thức này trong hồ sơ');
    seen.add(key);
    const entry = requireAward(lookup, it.awardCode, `items.${i}.awardCode`, { proposable: true });
    if (!entry.subjectTypes.includes(engineSubjectType(it.subjectType))) {
      throw invalid(
        `items.${i}.awardCode`,
        `${entry.name} không xét tặng cho ${subjectTypeName(it.subjectType)}`,
      );
    }
    if (it.subjectType === 'PERSON') {
      const p = await findPerson(db as Db, tenantId, it.subjectId);
      if (!p?.unitPath.startsWith(unitPath))
        throw invalid(`items.${i}.subjectId`, 'Cá nhân không thuộc đơn vị trình');
      out.push({ ...base(it), subjectName: p.person.fullName, unitId: p.person.unitId });
    } else if (it.subjectType === 'HOUSEHOLD') {
      const h = await findHousehold(db, tenantId, it.subjectId);
      if (!h?.path.startsWith(unitPath))
        throw invalid(`items.${i}.subjectId`, 'Hộ gia đình không thuộc đơn vị trình');
      out.push({ ...base(it), subjectName: h.name, unitId: h.unitId });
    } else {
      // A collective is an org unit (as its own collective) or a named team inside one.
      const u = await findUnit(db as Db, tenantId, it.subjectId);
      const team = u ? undefined : await findTeam(db, tenantId, it.subjectId);
      const found = u ? { name: u.name, unitId: u.id, path: u.path } : team;
      if (!found?.path.startsWith(unitPath))
        throw invalid(`items.${i}.subjectId`, 'Tập thể không thuộc đơn vị trình');
      out.push({ ...base(it), subjectName: found.name, unitId: found.unitId });
    }
  }
  return out;
}

const base = (it: CreateProposalInput['items'][number]) => ({
  subjectType: it.subjectType,
  subjectId: it.subjectId,
  // Checked against the rule set's catalogue above: a province's own code is one of its awards.
  awardCode: it.awardCode as AwardCode,
  achievement: it.achievement ?? null,
});

/**
 * Routes every item from the submitting unit (the rule set's authority matrix → the level whose
 * office receives). Returns one group per distinct route.
 */
export async function routeItems(
  db: Db | Tx,
  tenantId: string,
  unitId: string,
  ruleSet: RuleSet,
  items: ResolvedItem[],
) {
  const chain = await unitChain(db, tenantId, unitId);
  const routed: { item: ResolvedItem; route: Route & { ok: true } }[] = [];
  for (const item of items) {
    const route = routeFor(chain, ruleSet.awards[item.awardCode].deciders);
    if (!route.ok)
      throw new AppError('NO_DECIDER', [{ path: item.awardCode, message: route.message }], route.message);
    routed.push({ item, route });
  }
  return groupByRoute(routed);
}
