// fast-check generators of random histories, for the property tests.
import fc from 'fast-check';
import { CATALOGUE } from './catalogue';
import {
  AWARD_CODES,
  AWARD_KINDS,
  CLUSTER_ORGANIZERS,
  DISCIPLINE_FORMS,
  type History,
  HOLD_REASONS,
  INITIATIVE_SCOPES,
  INITIATIVE_TYPES,
  RATINGS,
  SUBJECT_TYPES,
  type Target,
} from './types';

export const FIRST_YEAR = 2015;
export const LAST_YEAR = 2026;

const year = fc.integer({ min: FIRST_YEAR, max: LAST_YEAR });
const isoDate = fc
  .record({ y: year, m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

export const awardArb = fc.record({
  award: fc.constantFrom(...AWARD_CODES),
  year,
  kind: fc.constantFrom(...AWARD_KINDS),
  revoked: fc.boolean(),
});

const period = <T>(what: fc.Arbitrary<T>) =>
  fc.tuple(what, isoDate, fc.option(isoDate, { nil: null })).map(([w, a, b]) => ({
    what: w,
    from: b !== null && b < a ? b : a,
    to: b !== null && b < a ? a : b,
  }));

const randomHistoryArb: fc.Arbitrary<History> = fc.record({
  subject: fc.record({
    type: fc.constantFrom(...SUBJECT_TYPES),
    recruitedOn: fc.option(isoDate, { nil: null }),
  }),
  ratings: fc.uniqueArray(fc.record({ year, rating: fc.constantFrom(...RATINGS) }), {
    selector: (r) => r.year,
    maxLength: 12,
  }),
  awards: fc.array(awardArb, { maxLength: 14 }),
  initiatives: fc.array(
    fc.record({
      year,
      type: fc.constantFrom(...INITIATIVE_TYPES),
      scope: fc.constantFrom(...INITIATIVE_SCOPES),
      applied: fc.boolean(),
    }),
    { maxLength: 5 },
  ),
  disciplines: fc.array(
    period(fc.constantFrom(...DISCIPLINE_FORMS)).map((p) => ({ form: p.what, from: p.from, to: p.to })),
    { maxLength: 1 },
  ),
  holds: fc.array(
    period(fc.constantFrom(...HOLD_REASONS)).map((p) => ({ reason: p.what, from: p.from, to: p.to })),
    { maxLength: 1 },
  ),
  members: fc.option(
    fc.integer({ min: 1, max: 60 }).chain((total) =>
      fc.record({
        total: fc.constant(total),
        completedDuties: fc.integer({ min: 0, max: total }),
        ldtt: fc.integer({ min: 0, max: total }),
        cstdcs: fc.integer({ min: 0, max: total }),
      }),
    ),
    { nil: null },
  ),
  clusterLeader: fc.array(fc.record({ year, organizer: fc.constantFrom(...CLUSTER_ORGANIZERS) }), {
    maxLength: 2,
  }),
});

const YEARS: readonly number[] = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
/**
 * Titles given yearly; the commendations and orders come every third year in a strong record, and so does
 * CSTĐ bộ/tỉnh, whose cycle is three years of new CSTĐ cơ sở (Law 2022, Điều 22.1.a with Điều 5.2.c).
 */
const YEARLY: ReadonlySet<string> = new Set(
  AWARD_CODES.filter((code) => CATALOGUE[code].category === 'DANH_HIEU' && code !== 'CSTD_BO_TINH'),
);

/**
 * A strong record: excellent ratings every year, the titles and commendations below every chain,
 * applied initiatives at every scope, cluster leadership, a collective whose members all did well,
 * with random gaps (weaker years, a missing award or year, an old discipline). Uniformly random
 * histories qualify for an award about 2% of the time, so the eligible path was barely exercised;
 * these qualify about two times in three and the gaps keep the near misses. The gaps are drawn as
 * short lists, not per-year choices: generation stays as cheap as for the random histories.
 */
const strongHistoryArb: fc.Arbitrary<History> = fc
  .record({
    type: fc.constantFrom(...SUBJECT_TYPES),
    recruitedOn: fc.constantFrom('2010-03-01', '2014-09-01', null),
    weakYears: fc.array(fc.record({ year, rating: fc.constantFrom(...RATINGS) }), { maxLength: 2 }),
    missingAwards: fc.array(fc.constantFrom(...AWARD_CODES), { maxLength: 2 }),
    missingYear: fc.option(year, { nil: null }),
    missingScope: fc.option(fc.constantFrom(...INITIATIVE_SCOPES), { nil: null, freq: 3 }),
    disciplines: fc.array(
      period(fc.constantFrom(...DISCIPLINE_FORMS)).map((p) => ({ form: p.what, from: p.from, to: p.to })),
      { maxLength: 1 },
    ),
    total: fc.integer({ min: 10, max: 60 }),
    shortfall: fc.record({ duties: fc.nat(1), ldtt: fc.nat(8), cstdcs: fc.nat(7) }),
    organizers: fc.constantFrom(['BO_TINH'], ['TW'], ['BO_TINH', 'TW']),
    // Which years of the three-year rhythm carry the commendations and cycle titles. A fixed rhythm
    // (y % 3 = 0) left CSTĐ bộ/tỉnh never eligible once a new one needed three CSTĐCS not used by
    // the last (Law 2022 Điều 22.1.a with Điều 5.2.c): every target year overlapped a used one.
    cycleOffset: fc.integer({ min: 0, max: 2 }),
  })
  .map((s): History => {
    const weak = new Map(s.weakYears.map((w) => [w.year, w.rating]));
    const codes = AWARD_CODES.filter((code) => !s.missingAwards.includes(code));
    const years = YEARS.filter((y) => y !== s.missingYear);
    const scopes = INITIATIVE_SCOPES.filter((scope) => scope !== s.missingScope);
    return {
      subject: { type: s.type, recruitedOn: s.recruitedOn, group: 'LLVT' },
      ratings: YEARS.map((y) => ({ year: y, rating: weak.get(y) ?? 'HTXSNV' })),
      awards: years.flatMap((y) =>
        codes
          .filter((award) => YEARLY.has(award) || (y + s.cycleOffset) % 3 === 0)
          .map((award) => ({ award, year: y, kind: 'CONG_TRANG' as const, revoked: false })),
      ),
      initiatives: YEARS.flatMap((y) =>
        scopes.map((scope) => ({ year: y, type: 'SANG_KIEN' as const, scope, applied: true })),
      ),
      disciplines: s.disciplines,
      holds: [],
      members: {
        total: s.total,
        completedDuties: s.total - s.shortfall.duties,
        ldtt: s.total - Math.min(s.shortfall.ldtt, s.total),
        cstdcs: s.total - Math.min(s.shortfall.cstdcs, s.total),
      },
      clusterLeader: YEARS.flatMap((y) => s.organizers.map((organizer) => ({ year: y, organizer }))),
    };
  });

/** Random histories, two in three biased towards a strong record (see strongHistoryArb). */
export const historyArb: fc.Arbitrary<History> = fc.oneof(
  { arbitrary: randomHistoryArb, weight: 1 },
  { arbitrary: strongHistoryArb, weight: 2 },
);

const TARGET_YEAR = fc.integer({ min: 2019, max: LAST_YEAR });

/**
 * A history with a target the subject can receive (the catalogue's subject types), so that about
 * 45% of the pairs are eligible; the properties use it instead of drawing both independently.
 */
export const caseArb: fc.Arbitrary<[History, Target]> = fc
  .tuple(historyArb, fc.constantFrom(...AWARD_CODES), TARGET_YEAR, fc.nat())
  .map(([h, award, year, pick]) => {
    const types = CATALOGUE[award].subjectTypes;
    const type = types.includes(h.subject.type)
      ? h.subject.type
      : (types[pick % types.length] ?? h.subject.type);
    return [
      { ...h, subject: { ...h.subject, type } },
      { award, year },
    ];
  });
