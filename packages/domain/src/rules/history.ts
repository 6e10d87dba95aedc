// A History indexed once per subject, then reused for every award and year evaluated.
import { toDay } from './dates';
import type {
  AwardCode,
  ClusterOrganizer,
  CollectiveKind,
  DisciplineForm,
  EvaluationPeriod,
  History,
  HistoryAward,
  HistoryMembers,
  HoldReason,
  InitiativeType,
  SubjectType,
} from './types';
import { disciplineRank, ratingRank, scopeRank } from './types';

export type IndexedInitiative = {
  readonly year: number;
  readonly type: InitiativeType;
  readonly scopeRank: number;
  /** false: a topic accepted (nghiệm thu) but not yet applied; counts only where acceptedTopics allows. */
  readonly applied: boolean;
  /** `CODE:year` of the non-revoked awards that used it as their ground; null when none. */
  readonly usedBy: readonly string[] | null;
};
export type IndexedPeriod<T> = { readonly what: T; readonly from: number; readonly to: number | null };

export type PreparedHistory = {
  readonly prepared: true;
  readonly source: History;
  readonly subjectType: SubjectType;
  readonly collectiveKind: CollectiveKind | null;
  readonly group: string | null;
  readonly period: EvaluationPeriod;
  readonly recruitedDay: number | null;
  /** Ids of judged criteria the council confirmed. */
  readonly confirmed: ReadonlySet<string>;
  /** year → rating rank (0 = KHTNV … 3 = HTXSNV). */
  readonly ratingByYear: ReadonlyMap<number, number>;
  /** Not revoked, kind CONG_TRANG: what feeds merit chains under ND 152. */
  readonly meritAwardYears: ReadonlyMap<AwardCode, ReadonlySet<number>>;
  /** Not revoked, any kind. */
  readonly validAwardYears: ReadonlyMap<AwardCode, ReadonlySet<number>>;
  /** Awards that never count (revoked) or count only when the rule set allows (not CONG_TRANG). */
  readonly setAside: readonly HistoryAward[];
  /** Accepted initiatives (applied, or topics accepted but not applied), sorted by year. */
  readonly initiatives: readonly IndexedInitiative[];
  readonly disciplines: readonly (IndexedPeriod<DisciplineForm> & { readonly rank: number })[];
  readonly holds: readonly IndexedPeriod<HoldReason>[];
  readonly members: HistoryMembers | null;
  readonly clusterLeads: ReadonlyMap<number, readonly ClusterOrganizer[]>;
};

const EMPTY: readonly never[] = [];
const NONE_CONFIRMED: ReadonlySet<string> = new Set();
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function addYear(map: Map<AwardCode, Set<number>>, code: AwardCode, year: number): void {
  let set = map.get(code);
  if (!set) {
    set = new Set();
    map.set(code, set);
  }
  set.add(year);
}

export function prepareHistory(history: History | PreparedHistory): PreparedHistory {
  if ('prepared' in history) return history;
  const ratingByYear = new Map<number, number>();
  // Two ratings for one year: the worse one wins, so a data error never helps the subject.
  for (const r of history.ratings ?? EMPTY) {
    const rank = ratingRank(r.rating);
    const known = ratingByYear.get(r.year);
    ratingByYear.set(r.year, known === undefined ? rank : Math.min(known, rank));
  }
  const meritAwardYears = new Map<AwardCode, Set<number>>();
  const validAwardYears = new Map<AwardCode, Set<number>>();
  const setAside: HistoryAward[] = [];
  for (const a of history.awards ?? EMPTY) {
    if (a.revoked === true) {
      setAside.push(a);
      continue;
    }
    addYear(validAwardYears, a.award, a.year);
    if ((a.kind ?? 'CONG_TRANG') === 'CONG_TRANG') addYear(meritAwardYears, a.award, a.year);
    else setAside.push(a);
  }
  // Sorted so that explanations do not depend on the order the lists arrive in.
  setAside.sort(
    (x, y) =>
      x.year - y.year ||
      cmp(x.award, y.award) ||
      cmp(x.kind ?? '', y.kind ?? '') ||
      Number(x.revoked === true) - Number(y.revoked === true),
  );
  // CV 5007/BNV-TĐKT III.5.c: an initiative grounds one award only. Revoked awards free it again.
  let usedBy: Map<string, string[]> | null = null;
  for (const a of history.awards ?? EMPTY) {
    if (a.revoked === true || !a.initiativesUsed || a.initiativesUsed.length === 0) continue;
    usedBy ??= new Map();
    for (const id of a.initiativesUsed) {
      const list = usedBy.get(id) ?? [];
      list.push(`${a.award}:${a.year}`);
      usedBy.set(id, list);
    }
  }
  const initiatives = (history.initiatives ?? EMPTY)
    // Not accepted (nghiệm thu, công nhận), or neither applied nor a topic: never counts.
    .filter((i) => i.accepted !== false && (i.applied !== false || i.type === 'DE_TAI'))
    .map((i) => ({
      year: i.year,
      type: i.type,
      scopeRank: scopeRank(i.scope),
      applied: i.applied !== false,
      usedBy: (usedBy && i.id ? usedBy.get(i.id) : undefined) ?? null,
    }))
    .sort((x, y) => x.year - y.year || x.scopeRank - y.scopeRank || cmp(x.type, y.type));
  const disciplines = (history.disciplines ?? EMPTY)
    .map((d) => ({
      what: d.form,
      rank: disciplineRank(d.form),
      from: toDay(d.from),
      to: d.to === null ? null : toDay(d.to),
    }))
    .sort((x, y) => x.from - y.from || (x.to ?? Infinity) - (y.to ?? Infinity) || x.rank - y.rank);
  const holds = (history.holds ?? EMPTY)
    .map((h) => ({ what: h.reason, from: toDay(h.from), to: h.to === null ? null : toDay(h.to) }))
    .sort((x, y) => x.from - y.from || cmp(x.what, y.what));
  const clusterLeads = new Map<number, ClusterOrganizer[]>();
  for (const c of history.clusterLeader ?? EMPTY) {
    const list = clusterLeads.get(c.year) ?? [];
    if (!list.includes(c.organizer)) list.push(c.organizer);
    clusterLeads.set(c.year, list.sort());
  }
  const recruitedOn = history.subject.recruitedOn;
  return {
    prepared: true,
    source: history,
    subjectType: history.subject.type,
    collectiveKind: history.subject.collectiveKind ?? null,
    group: history.subject.group ?? null,
    period: history.subject.evaluationPeriod ?? 'CALENDAR',
    confirmed:
      history.confirmed && history.confirmed.length > 0 ? new Set(history.confirmed) : NONE_CONFIRMED,
    recruitedDay: recruitedOn ? toDay(recruitedOn) : null,
    ratingByYear,
    meritAwardYears,
    validAwardYears,
    setAside,
    initiatives,
    disciplines,
    holds,
    members: history.members ?? null,
    clusterLeads,
  };
}

/** The hold (ND 152 principle) active on a day, if any. */
export function activeHold(h: PreparedHistory, day: number): IndexedPeriod<HoldReason> | null {
  for (const hold of h.holds) if (hold.from <= day && (hold.to === null || hold.to >= day)) return hold;
  return null;
}
