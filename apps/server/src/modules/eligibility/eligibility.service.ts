import { unitPolicy } from '@vinhdanh/domain/auth/policies/org-unit';
import { awardNameIn } from '@vinhdanh/domain/rules/award-catalogue';
import { forecast } from '@vinhdanh/domain/rules/forecast';
import { hasWomenPriority, womenPriorityNote } from '@vinhdanh/domain/rules/priority';
import { personNameSortKey } from '@vinhdanh/domain/text/collation';
import { and, eq, like, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { eligibilityVerdict, orgUnit, person } from '../../db/schema/index';
import { type EntityRef, requireAccess } from '../../lib/access';
import type { RequestContext } from '../../lib/context';
import { findUnit, unitRef } from '../org-units/index';
import { findPerson } from '../people/index';
import { loadTenantRuleSets } from '../rule-params/index';
import { scanEligibility } from './eligibility-scan';
import { judgeSubjects } from './judge';

/** Every verdict for one person or collective, with reasons, citations and a forecast. */
/**
 * The subject of an eligibility page, for requireAccess: a person (in their unit's subtree) or a
 * unit (a collective, in its own), under the domain's unit policy.
 */
function subjectRef(id: string): EntityRef<{
  tenantId: string;
  path: string;
  subject: { id: string; type: 'individual' | 'collective'; name: string };
}> {
  return {
    load: async (db, tenantId) => {
      const found = await findPerson(db, tenantId, id);
      if (found)
        return {
          tenantId,
          path: found.unitPath,
          subject: { id, type: 'individual', name: found.person.fullName },
        };
      const unit = await findUnit(db, tenantId, id);
      return unit && { tenantId, path: unit.path, subject: { id, type: 'collective', name: unit.name } };
    },
    notFound: 'NOT_FOUND',
    policy: unitPolicy,
  };
}

export async function getSubjectEligibility(db: Db, ctx: RequestContext, id: string, year: number) {
  const { subject } = await requireAccess(db, ctx, 'eligibility:read', subjectRef(id));
  const tenantId = ctx.actor.tenantId;
  // The same judgement as "Gợi ý đề nghị" and the dossier check (judge.ts).
  const subjectType = subject.type === 'individual' ? 'PERSON' : 'COLLECTIVE';
  const judged = await judgeSubjects(db, tenantId, year, [{ subjectType, subjectId: id }]);
  const { ruleSet, ruleSets } = judged;
  const { history, verdicts: all } = judged.subjects.get(id)!;
  const verdicts = all.map((v) => ({
    award: v.award,
    name: ruleSet.awards[v.award].name,
    eligible: v.eligible,
    held: v.held,
    amountVnd: v.amountVnd,
    reasons: [...v.reasons],
  }));
  const outlook = forecast(history, year, { ruleSetFor: ruleSets.at }).map((f) => ({
    award: f.award,
    name: f.name,
    status: f.status,
    year: f.year,
    text: f.text,
  }));
  return { subject, year, ruleSet: ruleSet.id, verdicts, forecast: outlook };
}

/**
 * "Gợi ý đề nghị": who under a unit is eligible for what this year, direct workers
 * first (Law 2022, Điều 5: priority to people who work directly). Reads the
 * verdicts of the last scan; scans the subtree first when none exist yet.
 */
export async function getUnitSuggestions(db: Db, ctx: RequestContext, unitId: string, year: number) {
  const unit = await requireAccess(db, ctx, 'eligibility:read', unitRef(unitId));
  const tenantId = ctx.actor.tenantId;
  const query = () =>
    db
      .select({
        award: eligibilityVerdict.awardCode,
        subjectId: eligibilityVerdict.subjectId,
        type: eligibilityVerdict.subjectType,
        amountVnd: eligibilityVerdict.amountVnd,
        personName: person.fullName,
        isDirectWorker: person.isDirectWorker,
        gender: person.gender,
        unitName: orgUnit.name,
      })
      .from(eligibilityVerdict)
      .leftJoin(
        person,
        and(eq(person.tenantId, eligibilityVerdict.tenantId), eq(person.id, eligibilityVerdict.subjectId)),
      )
      .innerJoin(
        orgUnit,
        and(
          eq(orgUnit.tenantId, eligibilityVerdict.tenantId),
          eq(orgUnit.id, sql`coalesce(${person.unitId}, ${eligibilityVerdict.subjectId})`),
        ),
      )
      .where(
        and(
          eq(eligibilityVerdict.tenantId, tenantId),
          eq(eligibilityVerdict.year, year),
          eq(eligibilityVerdict.isEligible, true),
          like(orgUnit.path, `${unit.path}%`),
        ),
      );
  let rows = await query();
  if (rows.length === 0) {
    await scanEligibility(db, tenantId, year, { pathPrefix: unit.path });
    rows = await query();
  }
  const byAward = new Map<string, typeof rows>();
  for (const r of rows) byAward.set(r.award, [...(byAward.get(r.award) ?? []), r]);
  const ruleSets = await loadTenantRuleSets(db, tenantId);
  const ruleSet = ruleSets.ofYear(year);
  const names = ruleSets.names(`${year}-12-31`);
  const awards = [...byAward.entries()].map(([award, list]) => ({
    award,
    name: awardNameIn(names, award),
    // Everyone listed is eligible (equal merit): direct workers first (Law 2022, Điều 5), then women
    // (ND 152, Điều 4.6), then by name.
    subjects: list
      .map((r) => ({
        id: r.subjectId,
        type: r.type as 'PERSON' | 'COLLECTIVE',
        name: r.personName ?? r.unitName,
        unitName: r.unitName,
        isDirectWorker: r.isDirectWorker ?? false,
        isWomenPriority: hasWomenPriority(ruleSet, { female: r.gender === 'NU' }),
        amountVnd: r.amountVnd,
      }))
      .sort(
        (a, b) =>
          Number(b.isDirectWorker) - Number(a.isDirectWorker) ||
          Number(b.isWomenPriority) - Number(a.isWomenPriority) ||
          (personNameSortKey(a.name) < personNameSortKey(b.name) ? -1 : 1),
      ),
  }));
  return {
    year,
    ruleSet: ruleSet.id,
    order: `Người lao động trực tiếp trước (Luật Thi đua, khen thưởng 2022, Điều 5); ${womenPriorityNote(ruleSet).charAt(0).toLowerCase()}${womenPriorityNote(ruleSet).slice(1)}`,
    awards,
  };
}
