import { awardNameIn } from '@vinhdanh/domain/rules/award-catalogue';
import { hasWomenPriority, womenPriorityNote } from '@vinhdanh/domain/rules/priority';
import { personNameSortKey } from '@vinhdanh/domain/text/collation';
import { and, eq, like, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { eligibilityVerdict, orgUnit, person } from '../../db/schema/index';
import { requireAccess } from '../../lib/access';
import type { RequestContext } from '../../lib/context';
import { unitRef } from '../org-units/index';
import { loadTenantRuleSets } from '../rule-params/index';
import { suggestionActions } from './eligibility-access';
import { ensureScope, pendingInScope, refreshScope } from './eligibility-refresh';

/**
 * The GET judges waiting subjects itself only when all of its scope's fit in one small batch, so a
 * unit's officer who just entered a rating sees it at once. Anything bigger (a province's first scan
 * of a year, a catalogue change) is left to the job and answered with its progress: on PGlite the
 * server has one connection, and judging 2,000 subjects inside a GET held every other request
 * behind it (issue 19: the root's first call took 250 s).
 */
export const INLINE_REFRESH_LIMIT = 50;

function verdictsInScope(db: Db, tenantId: string, year: number, path: string) {
  return db
    .select({
      award: eligibilityVerdict.awardCode,
      subjectId: eligibilityVerdict.subjectId,
      type: eligibilityVerdict.subjectType,
      amountVnd: eligibilityVerdict.amountVnd,
      computedAt: eligibilityVerdict.computedAt,
      rulesVersion: eligibilityVerdict.rulesVersion,
      // Indexed by the stale table's key (tenant, subject, year).
      isStale: sql<boolean>`EXISTS (SELECT 1 FROM eligibility_stale s WHERE s.tenant_id = ${eligibilityVerdict.tenantId}
        AND s.subject_id = ${eligibilityVerdict.subjectId} AND s.year IN (0, ${year}))`,
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
        like(orgUnit.path, `${path}%`),
      ),
    );
}

/**
 * "Gợi ý đề nghị": who under a unit is eligible for what this year, direct workers first (Law 2022,
 * Điều 5). Reads the stored verdicts (eligibility_verdict), maintained by the refresh job; a verdict
 * older than its subject's last record change or the rules in force is marked pending, never shown
 * as current, and the answer says how many subjects wait.
 */
export async function getUnitSuggestions(
  db: Db,
  ctx: RequestContext,
  unitId: string,
  query: { year: number; limit?: number; offset?: number },
  options: { inlineLimit?: number } = {},
) {
  const unit = await requireAccess(db, ctx, 'eligibility:read', unitRef(unitId));
  const tenantId = ctx.actor.tenantId;
  const { year } = query;
  const ruleSets = await loadTenantRuleSets(db, tenantId);
  const inlineLimit = options.inlineLimit ?? INLINE_REFRESH_LIMIT;
  await ensureScope(db, tenantId, year, unit.path, ruleSets.version);
  let pending = await pendingInScope(db, tenantId, year, unit.path);
  if (pending > 0 && pending <= inlineLimit) {
    await refreshScope(db, tenantId, year, unit.path, ruleSets, inlineLimit);
    pending = await pendingInScope(db, tenantId, year, unit.path);
  }
  const rows = await verdictsInScope(db, tenantId, year, unit.path);
  const ruleSet = ruleSets.ofYear(year);
  const names = ruleSets.names(`${year}-12-31`);
  let oldest: Date | null = null;
  // One pass to group, one sort per award with keys computed once: linear apart from the sort.
  const byAward = new Map<string, { key: string; subject: Subject }[]>();
  for (const r of rows) {
    if (!oldest || r.computedAt < oldest) oldest = r.computedAt;
    const name = r.personName ?? r.unitName;
    const subject = {
      id: r.subjectId,
      type: r.type as 'PERSON' | 'COLLECTIVE',
      name,
      unitName: r.unitName,
      isDirectWorker: r.isDirectWorker ?? false,
      isWomenPriority: hasWomenPriority(ruleSet, { female: r.gender === 'NU' }),
      amountVnd: r.amountVnd,
      computedAt: r.computedAt.toISOString(),
      isPending: Boolean(r.isStale) || r.rulesVersion !== ruleSets.version,
    };
    const list = byAward.get(r.award) ?? [];
    if (list.length === 0) byAward.set(r.award, list);
    list.push({ key: personNameSortKey(name), subject });
  }
  const offset = query.offset ?? 0;
  const awards = [...byAward.entries()].map(([award, list]) => {
    // Everyone listed is eligible (equal merit): direct workers first (Law 2022, Điều 5), then women
    // (ND 152, Điều 4.6), then by name.
    list.sort(
      (a, b) =>
        Number(b.subject.isDirectWorker) - Number(a.subject.isDirectWorker) ||
        Number(b.subject.isWomenPriority) - Number(a.subject.isWomenPriority) ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
    const page = query.limit === undefined ? list.slice(offset) : list.slice(offset, offset + query.limit);
    return {
      award,
      name: awardNameIn(names, award),
      total: list.length,
      subjects: page.map((e) => e.subject),
    };
  });
  const note = womenPriorityNote(ruleSet);
  return {
    year,
    ruleSet: ruleSet.id,
    order: `Người lao động trực tiếp trước (Luật Thi đua, khen thưởng 2022, Điều 5); ${note.charAt(0).toLowerCase()}${note.slice(1)}`,
    pending,
    computedAt: oldest?.toISOString() ?? null,
    awards,
    allowedActions: suggestionActions(ctx.actor, unit),
  };
}

type Subject = {
  id: string;
  type: 'PERSON' | 'COLLECTIVE';
  name: string;
  unitName: string;
  isDirectWorker: boolean;
  isWomenPriority: boolean;
  amountVnd: number | null;
  computedAt: string;
  isPending: boolean;
};
