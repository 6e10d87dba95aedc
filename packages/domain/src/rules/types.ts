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
};

export type HistoryInitiative = {
  readonly year: number;
  readonly type: InitiativeType;
  readonly scope: InitiativeScope;
  /** Omitted means applied: only applied initiatives count (Law 2022, Điều 3.4). */
  readonly applied?: boolean;
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
};

export const ratingRank = (rating: Rating): number => RATINGS.indexOf(rating);
export const scopeRank = (scope: InitiativeScope): number => INITIATIVE_SCOPES.indexOf(scope);
export const disciplineRank = (form: DisciplineForm): number => DISCIPLINE_FORMS.indexOf(form);
