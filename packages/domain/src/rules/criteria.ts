// The criteria language: plain data, so a rule set (or a tenant override) can hold it as JSON.
// Years are relative to the target (achievement) year; windows end at the target year.
import type {
  AwardCode,
  ClusterOrganizer,
  DisciplineForm,
  InitiativeScope,
  InitiativeType,
  Rating,
  SubjectGroup,
  SubjectType,
} from './types';

export type Evidence =
  | { readonly type: 'award'; readonly codes: readonly AwardCode[] }
  | { readonly type: 'rating'; readonly min: Rating }
  | {
      readonly type: 'initiative';
      readonly scope: InitiativeScope;
      readonly types: readonly InitiativeType[];
      /** A topic (đề tài) accepted but not yet applied also counts (CSTĐCS, Law 2022, Điều 23.2). */
      readonly acceptedTopics?: boolean;
      /** "02 sáng kiến hoặc 02 đề tài": count one type only, the larger (Điều 74.1.d, not mixed). */
      readonly sameType?: boolean;
    };

export type MemberField = 'ldtt' | 'completedDuties' | 'cstdcs' | 'disciplined';

export type Criterion =
  | { readonly op: 'all'; readonly of: readonly Criterion[] }
  | { readonly op: 'any'; readonly of: readonly Criterion[] }
  | { readonly op: 'not'; readonly of: Criterion; readonly text: string; readonly citation: string }
  | { readonly op: 'subjectType'; readonly types: readonly SubjectType[]; readonly citation: string }
  | {
      readonly op: 'groupIn';
      readonly groups: readonly SubjectGroup[];
      readonly citation: string;
      /** true: an unknown group does not match (default: it does, the civil-service standard). */
      readonly strict?: boolean;
    }
  | {
      readonly op: 'titleInYear';
      readonly codes: readonly AwardCode[];
      /** Also met when the subject meets one of these titles' criteria in the same review. */
      readonly orEligible: boolean;
      readonly citation: string;
    }
  | { readonly op: 'ratingAtLeast'; readonly min: Rating; readonly citation: string }
  | {
      readonly op: 'consecutiveYears';
      readonly evidence: Evidence;
      readonly years: number;
      readonly citation: string;
      /** Only years after the latest earlier award of these codes count (one achievement, one award). */
      readonly freshAfter?: readonly AwardCode[];
    }
  | {
      /** `count` consecutive awards of a cycle title, each for its own cycle of `cycleYears` years. */
      readonly op: 'cycleAwards';
      readonly codes: readonly AwardCode[];
      readonly count: number;
      readonly cycleYears: number;
      readonly citation: string;
    }
  | {
      readonly op: 'countInWindow';
      readonly evidence: Evidence;
      readonly min: number;
      readonly windowYears: number;
      readonly citation: string;
    }
  | {
      /** An award whose year is at least `yearsBefore` years before the target ("05 năm tiếp theo"). */
      readonly op: 'priorAward';
      readonly codes: readonly AwardCode[];
      readonly yearsBefore: number;
      readonly min: number;
      readonly citation: string;
    }
  | { readonly op: 'recruitedAtLeastMonths'; readonly months: number; readonly citation: string }
  | { readonly op: 'noDisciplineInYear'; readonly minForm: DisciplineForm; readonly citation: string }
  | {
      readonly op: 'memberShareAtLeast';
      readonly field: MemberField;
      readonly pct: number;
      /** true: strictly more than pct ("trên 50%"). */
      readonly strict: boolean;
      readonly citation: string;
    }
  | {
      readonly op: 'memberCountAtLeast';
      readonly field: MemberField;
      readonly min: number;
      readonly citation: string;
    }
  | {
      readonly op: 'memberCountAtMost';
      readonly field: MemberField;
      readonly max: number;
      readonly citation: string;
    }
  | {
      readonly op: 'clusterLeader';
      readonly organizers: readonly ClusterOrganizer[];
      readonly citation: string;
    }
  /** A qualitative condition the council attests at review; the engine records it as met. */
  | { readonly op: 'attested'; readonly text: string; readonly citation: string }
  /**
   * A route that needs human judgement (an achievement's influence, a movement's result): not met until the
   * council confirms it (`History.confirmed` holds its id); shown as "cần Hội đồng xác nhận" with its article.
   */
  | { readonly op: 'judged'; readonly id: string; readonly text: string; readonly citation: string };

export const all = (...of: Criterion[]): Criterion => ({ op: 'all', of });
export const any = (...of: Criterion[]): Criterion => ({ op: 'any', of });
export const not = (of: Criterion, text: string, citation: string): Criterion => ({
  op: 'not',
  of,
  text,
  citation,
});

export const subjectType = (types: readonly SubjectType[], citation: string): Criterion => ({
  op: 'subjectType',
  types,
  citation,
});
export const groupIn = (groups: readonly SubjectGroup[], citation: string, strict = false): Criterion =>
  strict ? { op: 'groupIn', groups, citation, strict } : { op: 'groupIn', groups, citation };
export const titleInYear = (
  codes: readonly AwardCode[],
  citation: string,
  orEligible = false,
): Criterion => ({
  op: 'titleInYear',
  codes,
  orEligible,
  citation,
});
export const ratingAtLeast = (min: Rating, citation: string): Criterion => ({
  op: 'ratingAtLeast',
  min,
  citation,
});

export const awards = (...codes: AwardCode[]): Evidence => ({ type: 'award', codes });
export const ratings = (min: Rating): Evidence => ({ type: 'rating', min });
export const initiatives = (
  scope: InitiativeScope,
  types: readonly InitiativeType[],
  options: { readonly acceptedTopics?: boolean; readonly sameType?: boolean } = {},
): Evidence => ({
  type: 'initiative',
  scope,
  types,
  ...(options.acceptedTopics ? { acceptedTopics: true } : {}),
  ...(options.sameType ? { sameType: true } : {}),
});

export const consecutiveYears = (
  evidence: Evidence,
  years: number,
  citation: string,
  freshAfter?: readonly AwardCode[],
): Criterion =>
  freshAfter && freshAfter.length > 0
    ? { op: 'consecutiveYears', evidence, years, citation, freshAfter }
    : { op: 'consecutiveYears', evidence, years, citation };
export const cycleAwards = (
  codes: readonly AwardCode[],
  count: number,
  cycleYears: number,
  citation: string,
): Criterion => ({ op: 'cycleAwards', codes, count, cycleYears, citation });
export const countInWindow = (
  evidence: Evidence,
  min: number,
  windowYears: number,
  citation: string,
): Criterion => ({
  op: 'countInWindow',
  evidence,
  min,
  windowYears,
  citation,
});
export const initiativeAtScope = (
  scope: InitiativeScope,
  types: readonly InitiativeType[],
  windowYears: number,
  citation: string,
  min = 1,
  options: { readonly acceptedTopics?: boolean; readonly sameType?: boolean } = {},
): Criterion => countInWindow(initiatives(scope, types, options), min, windowYears, citation);

export const priorAward = (
  codes: readonly AwardCode[],
  yearsBefore: number,
  citation: string,
  min = 1,
): Criterion => ({
  op: 'priorAward',
  codes,
  yearsBefore,
  min,
  citation,
});
export const recruitedAtLeastMonths = (months: number, citation: string): Criterion => ({
  op: 'recruitedAtLeastMonths',
  months,
  citation,
});
export const noDisciplineInYear = (minForm: DisciplineForm, citation: string): Criterion => ({
  op: 'noDisciplineInYear',
  minForm,
  citation,
});
export const memberShareAtLeast = (
  field: MemberField,
  pct: number,
  citation: string,
  strict = false,
): Criterion => ({
  op: 'memberShareAtLeast',
  field,
  pct,
  strict,
  citation,
});
export const memberCountAtLeast = (field: MemberField, min: number, citation: string): Criterion => ({
  op: 'memberCountAtLeast',
  field,
  min,
  citation,
});
export const memberCountAtMost = (field: MemberField, max: number, citation: string): Criterion => ({
  op: 'memberCountAtMost',
  field,
  max,
  citation,
});
export const clusterLeader = (organizers: readonly ClusterOrganizer[], citation: string): Criterion => ({
  op: 'clusterLeader',
  organizers,
  citation,
});
export const attested = (text: string, citation: string): Criterion => ({ op: 'attested', text, citation });
export const judged = (id: string, text: string, citation: string): Criterion => ({
  op: 'judged',
  id,
  text,
  citation,
});

/** Whether a criterion holds a route that only a council can confirm. */
export function hasJudged(criterion: Criterion): boolean {
  switch (criterion.op) {
    case 'all':
    case 'any':
      return criterion.of.some(hasJudged);
    case 'not':
      return hasJudged(criterion.of);
    case 'judged':
      return true;
    default:
      return false;
  }
}

/** Award codes a criterion depends on (used by the forecast to name the missing steps). */
export function referencedAwards(criterion: Criterion, into: Set<AwardCode> = new Set()): Set<AwardCode> {
  switch (criterion.op) {
    case 'all':
    case 'any':
      for (const c of criterion.of) referencedAwards(c, into);
      break;
    case 'not':
      referencedAwards(criterion.of, into);
      break;
    case 'titleInYear':
    case 'priorAward':
    case 'cycleAwards':
      for (const code of criterion.codes) into.add(code);
      break;
    case 'consecutiveYears':
    case 'countInWindow':
      if (criterion.evidence.type === 'award') for (const code of criterion.evidence.codes) into.add(code);
      break;
    default:
      break;
  }
  return into;
}

/** Whether a criterion looks at yearly ratings (the forecast assumes the best rating for future years). */
export function usesRatings(criterion: Criterion): boolean {
  switch (criterion.op) {
    case 'all':
    case 'any':
      return criterion.of.some(usesRatings);
    case 'not':
      return usesRatings(criterion.of);
    case 'ratingAtLeast':
      return true;
    case 'consecutiveYears':
    case 'countInWindow':
      return criterion.evidence.type === 'rating';
    default:
      return false;
  }
}
