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
/** Award code → the years it was awarded, once each, in record order (a few dozen at most: a scan beats hashing). */
export type AwardYears = ReadonlyMap<AwardCode, readonly number[]>;

/**
 * A rating rank per year, in an array offset by the first rated year. A bulk scan indexes every
 * subject's history, and a Map per subject cost much of that time and garbage.
 */
export class YearRanks {
  constructor(
    private readonly first: number,
    private readonly ranks: readonly number[],
  ) {}
  get(year: number): number | undefined {
    const rank = this.ranks[year - this.first];
    return rank === undefined || rank < 0 ? undefined : rank;
  }
}

function ranksByYear(ratings: NonNullable<History['ratings']>): YearRanks {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const r of ratings) {
    if (r.year < first) first = r.year;
    if (r.year > last) last = r.year;
  }
  if (first > last) return NO_RATINGS;
  const ranks: number[] = new Array(last - first + 1).fill(-1);
  // Two ratings for one year: the worse one wins, so a data error never helps the subject.
  for (const r of ratings) {
    const rank = ratingRank(r.rating);
    const known = ranks[r.year - first] as number;
    ranks[r.year - first] = known < 0 ? rank : Math.min(known, rank);
  }
  return new YearRanks(first, ranks);
}

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
  readonly ratingByYear: YearRanks;
  /** Not revoked, kind CONG_TRANG: what feeds merit chains under ND 152. */
  readonly meritAwardYears: AwardYears;
  /** Not revoked, any kind. */
  readonly validAwardYears: AwardYears;
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
const NO_RATINGS = new YearRanks(0, []);
const NO_LEADS: ReadonlyMap<number, readonly ClusterOrganizer[]> = new Map();
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const byYearScopeType = (x: IndexedInitiative, y: IndexedInitiative): number =>
  x.year - y.year || x.scopeRank - y.scopeRank || cmp(x.type, y.type);

/** Records usually arrive in order: checking is linear, sorting is not, and a scan sorts every subject's lists. */
function isSorted<T>(list: readonly T[], order: (a: T, b: T) => number): boolean {
  for (let i = 1; i < list.length; i++) if (order(list[i - 1] as T, list[i] as T) > 0) return false;
  return true;
}

function addYear(map: Map<AwardCode, number[]>, code: AwardCode, year: number): void {
  const years = map.get(code);
  if (!years) map.set(code, [year]);
  else if (!years.includes(year)) years.push(year);
}

// A property read, not `in`: `in` over the many shapes of incoming histories was a hot spot of the scan.
const isPrepared = (h: History | PreparedHistory): h is PreparedHistory =>
  (h as Partial<PreparedHistory>).prepared === true;

export function prepareHistory(history: History | PreparedHistory): PreparedHistory {
  if (isPrepared(history)) return history;
  const ratingByYear = ranksByYear(history.ratings ?? EMPTY);
  const validAwardYears = new Map<AwardCode, number[]>();
  const setAside: HistoryAward[] = [];
  let nonMerit = false;
  for (const a of history.awards ?? EMPTY) {
    if (a.revoked === true) {
      setAside.push(a);
      continue;
    }
    addYear(validAwardYears, a.award, a.year);
    if ((a.kind ?? 'CONG_TRANG') !== 'CONG_TRANG') {
      nonMerit = true;
      setAside.push(a);
    }
  }
  // Most histories hold merit awards only: then both views are the same map (read-only to the engine),
  // which spares a second list per award code on every subject of a bulk scan.
  let meritAwardYears = validAwardYears;
  if (nonMerit) {
    meritAwardYears = new Map();
    for (const a of history.awards ?? EMPTY)
      if (a.revoked !== true && (a.kind ?? 'CONG_TRANG') === 'CONG_TRANG')
        addYear(meritAwardYears, a.award, a.year);
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
  const initiatives: IndexedInitiative[] = [];
  for (const i of history.initiatives ?? EMPTY) {
    // Not accepted (nghiệm thu, công nhận), or neither applied nor a topic: never counts.
    if (i.accepted === false || (i.applied === false && i.type !== 'DE_TAI')) continue;
    initiatives.push({
      year: i.year,
      type: i.type,
      scopeRank: scopeRank(i.scope),
      applied: i.applied !== false,
      usedBy: (usedBy && i.id ? usedBy.get(i.id) : undefined) ?? null,
    });
  }
  if (!isSorted(initiatives, byYearScopeType)) initiatives.sort(byYearScopeType);
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
  let clusterLeads: Map<number, ClusterOrganizer[]> | null = null;
  for (const c of history.clusterLeader ?? EMPTY) {
    clusterLeads ??= new Map();
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
    clusterLeads: clusterLeads ?? NO_LEADS,
  };
}

/** The hold (ND 152 principle) active on a day, if any. */
export function activeHold(h: PreparedHistory, day: number): IndexedPeriod<HoldReason> | null {
  for (const hold of h.holds) if (hold.from <= day && (hold.to === null || hold.to >= day)) return hold;
  return null;
}
