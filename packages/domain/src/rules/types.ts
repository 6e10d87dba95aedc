// Vocabulary of the rules engine. Codes follow law.md and eligibility-contract.md.

export const AWARD_CODES = [
  'LDTT',
  'CSTT',
  'CSTDCS',
  'CSTD_BO_TINH',
  'CSTDTQ',
  'TTLDTT',
  'TTLDXS',
  'CO_BO_TINH',
  'CO_CP',
  'XA_TIEU_BIEU',
  'THON_VH',
  'GD_VH',
  'GIAY_KHEN',
  'BK_BO_TINH',
  'BK_TTG',
  'HCLD3',
  'HCLD2',
  'HCLD1',
] as const;
export type AwardCode = (typeof AWARD_CODES)[number];

export const AWARD_KINDS = [
  'CONG_TRANG',
  'DOT_XUAT',
  'CHUYEN_DE',
  'CONG_HIEN',
  'NIEN_HAN',
  'DOI_NGOAI',
  // Tổng kết thành tích kháng chiến (ND 152 absorbed ND 28/2024); counted separately by form 0603.
  'KHANG_CHIEN',
] as const;
export type AwardKind = (typeof AWARD_KINDS)[number];

// Ordered from worst to best: the index is the rank used by "at least" comparisons.
export const RATINGS = ['KHTNV', 'HTNV', 'HTTNV', 'HTXSNV'] as const;
export type Rating = (typeof RATINGS)[number];

export const SUBJECT_TYPES = ['individual', 'collective', 'household'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

/** What kind of collective: an agency or enterprise, a commune-level unit, or a village/residential group. */
export const COLLECTIVE_KINDS = ['AGENCY', 'COMMUNE', 'VILLAGE'] as const;
export type CollectiveKind = (typeof COLLECTIVE_KINDS)[number];

export const SUBJECT_GROUPS = ['CBCCVC', 'CONG_NHAN', 'NONG_DAN', 'NGUOI_LAO_DONG', 'LLVT'] as const;
export type SubjectGroup = (typeof SUBJECT_GROUPS)[number];

/** CALENDAR: 1/1–31/12; SCHOOL_YEAR: 1/9 of the year before – 31/8 (schools rate and award by school year). */
export const EVALUATION_PERIODS = ['CALENDAR', 'SCHOOL_YEAR'] as const;
export type EvaluationPeriod = (typeof EVALUATION_PERIODS)[number];

/** Direct workers, farmers and labourers: LĐTT by their own standard, no civil-service rating (Law 2022, Điều 24.3). */
export const WORKER_GROUPS: readonly SubjectGroup[] = ['CONG_NHAN', 'NONG_DAN', 'NGUOI_LAO_DONG'];

export const INITIATIVE_TYPES = ['SANG_KIEN', 'DE_TAI'] as const;
export type InitiativeType = (typeof INITIATIVE_TYPES)[number];

// Ordered from narrowest to widest: a wider recognition also satisfies a narrower scope.
export const INITIATIVE_SCOPES = ['CO_SO', 'BO_TINH', 'TOAN_QUOC'] as const;
export type InitiativeScope = (typeof INITIATIVE_SCOPES)[number];

// Ordered from mildest to most severe.
export const DISCIPLINE_FORMS = [
  'KHIEN_TRACH',
  'CANH_CAO',
  'HA_BAC_LUONG',
  'GIANG_CHUC',
  'CACH_CHUC',
  'BUOC_THOI_VIEC',
] as const;
export type DisciplineForm = (typeof DISCIPLINE_FORMS)[number];

export const HOLD_REASONS = ['KY_LUAT_XEM_XET', 'THANH_TRA', 'DIEU_TRA', 'KHIEU_NAI', 'BAO_CHI'] as const;
export type HoldReason = (typeof HOLD_REASONS)[number];

/** Law 2022, Điều 93, khoản 2, điểm a–d: the grounds on which an award is revoked. */
export const REVOCATION_GROUNDS = ['A', 'B', 'C', 'D'] as const;
export type RevocationGround = (typeof REVOCATION_GROUNDS)[number];

export const CLUSTER_ORGANIZERS = ['BO_TINH', 'TW'] as const;
export type ClusterOrganizer = (typeof CLUSTER_ORGANIZERS)[number];

/** ISO calendar date `YYYY-MM-DD`. */
export type IsoDate = string;

export type HistorySubject = {
  readonly type: SubjectType;
  readonly recruitedOn?: IsoDate | null;
  readonly group?: SubjectGroup | null;
  /** Collectives only; omitted means any kind (as in the command-line contract). */
  readonly collectiveKind?: CollectiveKind | null;
  /** Default CALENDAR. A school's staff are evaluated by school year (the year names the year it ends). */
  readonly evaluationPeriod?: EvaluationPeriod | null;
};

export type HistoryRating = { readonly year: number; readonly rating: Rating };

export type HistoryAward = {
  readonly award: AwardCode;
  readonly year: number;
  readonly kind?: AwardKind;
  readonly decisionDate?: IsoDate | null;
  readonly revoked?: boolean;
  /** Stable id of the achievement this award rewarded (one achievement, one award). */
  readonly achievementId?: string | null;
  /** Free text of the achievement, used when no id is known. */
  readonly achievement?: string | null;
  readonly id?: string | null;
  /** Ids of the initiatives this award used as its ground: each is used once (CV 5007/BNV-TĐKT III.5.c). */
  readonly initiativesUsed?: readonly string[] | null;
};

export type HistoryInitiative = {
  readonly year: number;
  readonly type: InitiativeType;
  readonly scope: InitiativeScope;
  /** Omitted means applied. Applied initiatives count everywhere (Law 2022, Điều 3.4). */
  readonly applied?: boolean;
  /** Omitted means accepted (nghiệm thu / công nhận). A topic accepted but not applied counts for CSTĐCS only (Điều 23.2). */
  readonly accepted?: boolean;
  /** Stable id, so an award can record that it used this initiative. */
  readonly id?: string | null;
};

export type HistoryDiscipline = {
  readonly form: DisciplineForm;
  readonly from: IsoDate;
  readonly to: IsoDate | null;
};

export type HistoryHold = {
  readonly reason: HoldReason;
  readonly from: IsoDate;
  readonly to: IsoDate | null;
};

export type HistoryMembers = {
  readonly total: number;
  readonly completedDuties: number;
  readonly ldtt: number;
  readonly cstdcs: number;
  /** Members disciplined with cảnh cáo or worse in the year (old-law TTLĐTT/TTLĐXS rule). */
  readonly disciplined?: number;
};

export type HistoryClusterLead = { readonly year: number; readonly organizer: ClusterOrganizer };

/** Everything the engine knows about one subject. The server builds it from the database. */
export type History = {
  readonly subject: HistorySubject;
  readonly ratings?: readonly HistoryRating[];
  readonly awards?: readonly HistoryAward[];
  readonly initiatives?: readonly HistoryInitiative[];
  readonly disciplines?: readonly HistoryDiscipline[];
  readonly holds?: readonly HistoryHold[];
  /** Member statistics of a collective for the target year. */
  readonly members?: HistoryMembers | null;
  readonly clusterLeader?: readonly HistoryClusterLead[];
  /** Ids of criteria that need human judgement which the council has confirmed (e.g. `LTDKT2022_D74_1_A`). */
  readonly confirmed?: readonly string[];
};

export type Target = { readonly award: AwardCode; readonly year: number; readonly kind?: AwardKind };

export type Reason = { readonly met: boolean; readonly text: string; readonly citation: string };

export type Verdict = {
  readonly award: AwardCode;
  readonly year: number;
  readonly ruleSet: string;
  readonly eligible: boolean;
  readonly held: boolean;
  readonly reasons: readonly Reason[];
  readonly amountVnd: number | null;
  /**
   * Criteria the record alone cannot prove but a council may confirm ("cần Hội đồng xác nhận"): true when the
   * award would be met once they are confirmed. Only computed with reason texts; absent otherwise.
   */
  readonly needsCouncil?: boolean;
};

const RATING_RANKS = Object.fromEntries(RATINGS.map((r, i) => [r, i])) as Record<Rating, number>;
/** Index in RATINGS; -1 for a value outside it (indexOf's answer, which callers rely on). */
export const ratingRank = (rating: Rating): number => RATING_RANKS[rating] ?? -1;
export const scopeRank = (scope: InitiativeScope): number => INITIATIVE_SCOPES.indexOf(scope);
export const disciplineRank = (form: DisciplineForm): number => DISCIPLINE_FORMS.indexOf(form);
