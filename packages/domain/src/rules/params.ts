// Every rule law.md tags [U] or [S] is a parameter here, with the documented default set per rule set.
// A tenant (a province's own regulation) overrides them through ruleSetWithOverrides.
import type { ComplaintTimeLimits } from '../complaints/time-limits';
import type { Criterion } from './criteria';
import type { AwardCode, DisciplineForm, InitiativeScope, IsoDate, Rating } from './types';

export type Rounding = 'FLOOR' | 'ROUND' | 'CEIL';
export type VoteDenominator = 'ALL_MEMBERS' | 'PRESENT';
export type CouncilVoteRule = { readonly thresholdPct: number; readonly denominator: VoteDenominator };

export type QuotaBasis = 'LDTT_COUNT' | 'HEADCOUNT' | 'CLUSTER_LEADERS';
export type QuotaRule = {
  readonly id: string;
  readonly award: AwardCode;
  readonly basis: QuotaBasis;
  readonly pct: number;
  readonly rounding: Rounding;
  readonly citation: string;
};

export const DECIDER_ROLES = [
  'THU_TRUONG_DON_VI',
  'THU_TRUONG_SO',
  'CHU_TICH_UBND_HUYEN',
  'CHU_TICH_UBND_XA',
  'GIAM_DOC_DOANH_NGHIEP',
  'BO_TRUONG',
  'CHU_TICH_UBND_TINH',
  'THU_TUONG',
  'CHU_TICH_NUOC',
] as const;
export type DeciderRole = (typeof DECIDER_ROLES)[number];

export type PayerLevel = 'DECIDING_LEVEL' | 'PROPOSING_LEVEL';

/** One route of a merit chain: "has X, then N years rated ≥ R, with M titles in those years". */
export type ChainRoute = {
  readonly prior: {
    readonly codes: readonly AwardCode[];
    readonly min: number;
    readonly yearsBefore: number;
  } | null;
  readonly years: number;
  /** Every year of the window rated at least this (consecutive); null: no rating condition. */
  readonly minRating: Rating | null;
  /** Years of HTXSNV required inside the window. */
  readonly htxsnvYears: number;
  readonly titles: {
    readonly codes: readonly AwardCode[];
    readonly count: number;
    readonly consecutive: boolean;
  } | null;
  readonly initiatives: { readonly count: number; readonly scope: InitiativeScope } | null;
};
export type ChainRoutes = {
  readonly individual: readonly ChainRoute[];
  readonly collective: readonly ChainRoute[];
};
export type ChainAward = 'BK_BO_TINH' | 'BK_TTG' | 'HCLD3' | 'HCLD2' | 'HCLD1';

export type RuleParams = {
  /** Only CONG_TRANG awards feed chains. ND 152 principle [C]; ND 98 per law.md §12 [S]; ND 91 [U]. */
  readonly onlyMeritFeedsChains: boolean;
  /** An active hold blocks the proposal (ND 152 principle [C]; earlier rule sets [U]). */
  readonly holdsBlock: boolean;
  /** Achievements count only from the end of a discipline period (ND 152 [C]). */
  readonly achievementsCountAfterDiscipline: boolean;
  /** SAME_YEAR: the year in which the discipline ended still counts [U]. */
  readonly disciplineRestart: 'SAME_YEAR' | 'NEXT_FULL_YEAR';
  /** Minimum months worked in the year for LĐTT: 6 (TT 01/2024 [C]), 10 (ND 91 [C]). */
  readonly ldttMinMonths: number;
  /** ND 91: khiển trách or worse in the year excludes LĐTT [C]; later rule sets: null [U]. */
  readonly ldttBlockingDiscipline: DisciplineForm | null;
  /** CSTĐCS: initiative required (old law), HTXSNV or initiative (Law 2022 [S]), or both (2025 draft [U]). */
  readonly cstdcsPath: 'INITIATIVE_REQUIRED' | 'HTXSNV_OR_INITIATIVE' | 'HTXSNV_AND_INITIATIVE';
  /** LĐTT of the same year may be proven by meeting its criteria at the same review [S]. */
  readonly sameReviewTitles: boolean;
  readonly cstdBoTinh: {
    readonly consecutiveCstdcs: number;
    readonly initiativeWindowYears: number;
    /** The CSTĐCS must not have been counted for an earlier CSTĐ bộ/tỉnh (Law 2022, Điều 22.1.a, Điều 5.2.c). */
    readonly freshCstdcs: boolean;
  };
  readonly cstdtq: {
    /** Consecutive CSTĐ bộ/tỉnh awards, each for its own cycle (Law 2022, Điều 21.1). */
    readonly consecutiveCstdBoTinh: number;
    /** Length of one CSTĐ bộ/tỉnh cycle; 1 reads "liên tục" as calendar years (the old reading). */
    readonly cycleYears: number;
    readonly initiativeWindowYears: number;
  };
  /** CSTĐCS may rest on a topic accepted (nghiệm thu) but not yet applied (Law 2022, Điều 23.2). */
  readonly acceptedTopicsForCstdcs: boolean;
  /** "02 sáng kiến hoặc 02 đề tài" (Điều 74.1.d): NOT_MIXED counts one type only [S, law.md §4.2]. */
  readonly initiativeMixing: 'NOT_MIXED' | 'MIXED';
  /** The non-chain routes of Bằng khen (Điều 73.1.a,c, 74.1.a–c, workers and farmers), judged by the council. */
  readonly judgedMeritRoutes: boolean;
  /** Households have no yearly rating: Giấy khen and Gia đình văn hóa need none (null) [C: Law 2022, Điều 31, 75]. */
  readonly householdMinRating: Rating | null;
  /** How Xã (phường, đặc khu) tiêu biểu proves "dẫn đầu phong trào": the province's cluster of communes (two-tier). */
  readonly xaTieuBieuLeading: 'COMMUNE_CLUSTER' | 'ATTESTED';
  /** Names that differ from the catalogue under this rule set ("Xã, phường, đặc khu tiêu biểu"). */
  readonly names: Readonly<Partial<Record<AwardCode, string>>>;
  /**
   * Dossiers the deciding level received before this date keep the rule set in force on that date (Law 2022,
   * Điều 96 [U]; ND 152 transitional article not found: its entry into force). null: no transition.
   */
  readonly transitionReceivedBefore: IsoDate | null;
  /** ND 152, Điều 49: money for several titles of one year, and for a title plus a form. */
  readonly moneyPrinciples: {
    /** HIGHEST_ONLY: several titles for the same year's achievement pay only the highest. */
    readonly sameYearTitles: 'HIGHEST_ONLY' | 'ALL';
    /** A lower title of that year already paid by an earlier decision: pay the difference [U], or nothing more. */
    readonly earlierPaidLowerTitle: 'PAY_DIFFERENCE' | 'PAY_HIGHER_IN_FULL';
  };
  /** ND 152, Điều 4.6: with equal merit, women and collectives with at least this share of women come first. */
  readonly womenPriorityCollectivePct: number;
  /** ND 152, Điều 4.7: female leaders need this share of the service time for cống hiến (one third less). */
  readonly femaleLeaderServiceFactor: number;
  readonly chains: Readonly<Record<ChainAward, ChainRoutes>>;
  /** TTLĐTT: old-law Đ28 defaults until the 2022 text is verified [U]. */
  readonly ttldtt: {
    readonly minRating: Rating;
    readonly ldttPct: number;
    readonly ldttStrict: boolean;
    readonly maxDisciplinedMembers: number | null;
  };
  readonly ttldxs: {
    readonly minRating: Rating;
    readonly ldttPct: number;
    readonly completedPct: number;
    readonly minCstdcsMembers: number;
    /** Old law: no member disciplined with cảnh cáo or worse; Law 2022 as quoted: not listed. */
    readonly maxDisciplinedMembers: number | null;
  };
  /** Delegated or qualitative titles: the collective's (household's) own yearly rating as the default proxy. */
  readonly delegatedMinRating: Readonly<
    Record<'GIAY_KHEN' | 'THON_VH' | 'XA_TIEU_BIEU' | 'CO_BO_TINH' | 'CO_CP', Rating>
  >;
  /** A household receives householdMultiplier × the individual amount for these forms (ND 152, Điều 54). */
  readonly householdMultiplierAwards: readonly AwardCode[];
  readonly householdMultiplier: number;
  /** Coefficient × base salary; null: the rule set has no coefficient. */
  readonly coefficients: Readonly<Record<AwardCode, number | null>>;
  /** Awards where a collective receives collectiveMultiplier × the individual amount (ND 91 [C], later [S]). */
  readonly collectiveMultiplierAwards: readonly AwardCode[];
  readonly collectiveMultiplier: number;
  readonly quotas: readonly QuotaRule[];
  readonly councilVotes: Readonly<Partial<Record<AwardCode, CouncilVoteRule>>>;
  /**
   * Fewest members a council session may have. The law sets no figure for a session; the councils
   * it describes (Law 2022, Điều 88; ND 152) have a chair, deputies and members, so 5 by default [U].
   */
  readonly councilMinMembers: number;
  readonly publicComment: readonly AwardCode[];
  readonly deciders: Readonly<Record<AwardCode, readonly DeciderRole[]>>;
  /** Who pays for state awards (PM, President) [U]; other awards are paid by the deciding level. */
  readonly stateAwardPayer: PayerLevel;
  readonly extraDossier: Readonly<Partial<Record<AwardCode, readonly string[]>>>;
  /**
   * Time limits of complaints and denunciations about commendation, each with its article and how
   * it is counted (Luật Khiếu nại 2011, Điều 27–28; Luật Tố cáo 2018, Điều 24, 30): `complaint-limits.ts`.
   */
  readonly complaintTimeLimits: ComplaintTimeLimits;
  /** Replace an award's whole criterion tree (a tenant's own regulation). */
  readonly criteriaOverrides: Readonly<Partial<Record<AwardCode, Criterion>>>;
};

/** Nested records merge one level deep; arrays and scalars replace. */
export type TenantOverrides = {
  readonly [K in keyof RuleParams]?: RuleParams[K] extends readonly unknown[]
    ? RuleParams[K]
    : RuleParams[K] extends object
      ? Partial<RuleParams[K]>
      : RuleParams[K];
};
