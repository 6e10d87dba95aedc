import { buildTimeline } from '@vinhdanh/domain/records/timeline';
import { AWARD_NAMES } from '@vinhdanh/domain/rules/names';
import { AWARD_CODES, type AwardCode } from '@vinhdanh/domain/rules/types';
import type { Db } from '../../db/client';
import { loadSubjectRecords } from '../../db/subject-records.repository';
import { isAllowed, requireAccess } from '../../lib/access';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { currentYearVn } from '../../platform/clock';
import { findLineage, findPredecessorIds, findUnit, unitRef } from '../org-units/index';
import { personRef } from '../people/index';
import { type AwardNamer, loadAwardNamer } from '../rule-params/index';
import { loadTimelineRecords } from './timeline.repository';
import type { TimelineOutput, TimelineView } from './timeline.schemas';
import { predecessorActions, timelineActions } from './timeline-access';

const isEngineCode = (code: string): code is AwardCode => (AWARD_CODES as readonly string[]).includes(code);

type Records = Awaited<ReturnType<typeof loadTimelineRecords>>;

/**
 * The law's titles print their short names; any other code (a state award, a province's own) is named by
 * the tenant's catalogue, loaded only when the records hold one (the timeline is on a hot path).
 */
async function awardNamer(db: Db, tenantId: string, records: Records) {
  const other = records.awards.some((a) => !isEngineCode(a.awardCode));
  const catalogue: AwardNamer | null = other ? await loadAwardNamer(db, tenantId) : null;
  return (code: string, year: number) =>
    isEngineCode(code) ? AWARD_NAMES[code].short : (catalogue?.(code, `${year}-12-31`) ?? code);
}

/** Lays the rows out by year; `names` labels the rows of predecessor units (own rows: null). */
function layout(
  records: Records,
  names: Map<string, string>,
  awardName: (code: string, year: number) => string,
) {
  const label = (subjectId: string) => ({ subjectId, sourceName: names.get(subjectId) ?? null });
  return buildTimeline({
    ratings: records.ratings.map((r) => ({
      id: r.id,
      rating: r.rating,
      sourceDoc: r.sourceDoc,
      year: r.year,
      version: r.version,
      ...label(r.subjectId),
    })),
    awards: records.awards.map(({ tenantId: _t, createdAt: _c, subjectType: _s, ...a }) => ({
      ...a,
      name: awardName(a.awardCode, a.year),
      ...label(a.subjectId),
    })),
    initiatives: records.initiatives.map(({ subjectId: _s, ...i }) => i),
    disciplines: records.disciplines.map(({ tenantId: _t, ...d }) => ({ ...d, ...label(d.subjectId) })),
    holds: records.holds.map(({ tenantId: _t, ...h }) => ({ ...h, ...label(h.subjectId) })),
    currentYear: currentYearVn(),
  });
}

export async function getPersonTimeline(db: Db, ctx: RequestContext, id: string): Promise<TimelineView> {
  authorize(ctx.actor, 'record:read');
  const found = await requireAccess(db, ctx, 'record:read', personRef(id));
  const name = found.person.fullName;
  const timeline = await loadPersonTimeline(db, ctx.actor.tenantId, { id, name });
  const subject = { id, type: 'PERSON' as const, name, tenantId: found.tenantId, path: found.unitPath };
  return {
    ...timeline,
    predecessors: [],
    allowedActions: timelineActions(ctx.actor, subject, (p) => isAllowed(ctx.actor, p, personRef(id), found)),
  };
}

/** A person's years, for callers that have already checked access (e.g. the achievement report). */
export async function loadPersonTimeline(
  db: Db,
  tenantId: string,
  subject: { id: string; name: string },
): Promise<TimelineOutput> {
  const records = await loadTimelineRecords(db, tenantId, [subject.id], { personId: subject.id });
  return {
    subject: { ...subject, type: 'PERSON' },
    predecessors: [],
    ...layout(records, new Map(), await awardNamer(db, tenantId, records)),
  };
}

/** A household's years (its titles and forms), for callers that have already checked access. */
export async function loadHouseholdTimeline(
  db: Db,
  tenantId: string,
  subject: { id: string; name: string },
): Promise<TimelineOutput> {
  // A household has no initiatives: only the records keyed by subject.
  const records = await loadSubjectRecords(db, tenantId, [subject.id]);
  return {
    subject: { ...subject, type: 'HOUSEHOLD' },
    predecessors: [],
    ...layout(records, new Map(), await awardNamer(db, tenantId, records)),
  };
}

/** A collective's years, with those of the units merged or split into it, labelled with their names. */
export async function getUnitTimeline(db: Db, ctx: RequestContext, id: string): Promise<TimelineView> {
  authorize(ctx.actor, 'record:read');
  const unit = await requireAccess(db, ctx, 'record:read', unitRef(id));
  const timeline = await loadUnitTimeline(db, ctx.actor.tenantId, unit);
  const asSubject = (u: OrgUnitFacts) => ({ ...u, type: 'COLLECTIVE' as const });
  // One predecessor after another: `db` may be a transaction's single client (pg 9).
  const predecessors: TimelineView['predecessors'] = [];
  for (const p of timeline.predecessors) {
    const row = await findUnit(db, ctx.actor.tenantId, p.id);
    // The lineage joins the unit, so it is there; a missing one would offer nothing.
    const allowedActions = row ? predecessorActions(ctx.actor, asSubject(row)) : { writeRecords: false };
    predecessors.push({ ...p, allowedActions });
  }
  return {
    ...timeline,
    predecessors,
    allowedActions: timelineActions(ctx.actor, asSubject(unit), (p) =>
      isAllowed(ctx.actor, p, unitRef(id), unit),
    ),
  };
}

type OrgUnitFacts = { id: string; name: string; tenantId: string; path: string };

/** A collective's years (see getUnitTimeline), for callers that have already checked access. */
export async function loadUnitTimeline(
  db: Db,
  tenantId: string,
  unit: { id: string; name: string },
): Promise<TimelineOutput> {
  const predecessorIds = await findPredecessorIds(db, tenantId, unit.id);
  const lineage = await findLineage(db, tenantId, 'predecessor', predecessorIds);
  const names = new Map(lineage.map((l) => [l.predecessorId, l.predecessorName]));
  const ids = [unit.id, ...predecessorIds];
  const records = await loadTimelineRecords(db, tenantId, ids, { unitIds: ids });
  return {
    subject: { id: unit.id, type: 'COLLECTIVE', name: unit.name },
    predecessors: predecessorIds.map((p) => ({ id: p, name: names.get(p) ?? p })),
    ...layout(records, names, await awardNamer(db, tenantId, records)),
  };
}
