// fast-check generators of random histories, for the property tests.
import fc from 'fast-check';
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

export const historyArb: fc.Arbitrary<History> = fc.record({
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

export const targetArb = fc.record({
  award: fc.constantFrom(...AWARD_CODES),
  year: fc.integer({ min: 2019, max: LAST_YEAR }),
});
