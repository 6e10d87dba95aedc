import { unitPolicy } from '@vinhdanh/domain/auth/policies/org-unit';
import { forecast } from '@vinhdanh/domain/rules/forecast';
import type { Db } from '../../db/client';
import { type EntityRef, requireAccess } from '../../lib/access';
import type { RequestContext } from '../../lib/context';
import { findUnit } from '../org-units/index';
import { findPerson } from '../people/index';
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
