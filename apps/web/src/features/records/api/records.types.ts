export type SubjectKind = 'PERSON' | 'COLLECTIVE';

export type RatingInput = { subjectId: string; year: number; rating: string; sourceDoc?: string | null };

export type AwardInput = {
  subjectId: string;
  awardCode: string;
  kind: string;
  year: number;
  periodStartYear?: number | null;
  achievement?: string | null;
  decisionNumber?: string | null;
  decisionDate?: string | null;
};

export type InitiativeInput = {
  title: string;
  type: string;
  scope: string;
  year: number;
  isApplied: boolean;
  decisionNumber?: string | null;
  decisionDate?: string | null;
  recognizedBy?: string | null;
  authors: { personId: string; sharePct: number }[];
};

export type DisciplineInput = {
  subjectId: string;
  form: string;
  fromDate: string;
  toDate?: string | null;
  decisionNumber?: string | null;
};

export type HoldInput = { subjectId: string; reason: string; fromDate: string; note?: string | null };

export type AwardHit = {
  id: string;
  subjectType: string;
  subjectId: string;
  subjectName: string;
  unitId: string;
  unitName: string;
  awardCode: string;
  kind: string;
  year: number;
  periodStartYear: number | null;
  decisionNumber: string | null;
  decisionDate: string | null;
  amountVnd: number | null;
  isRevoked: boolean;
};

export type AwardSearch = {
  q?: string;
  unitId?: string;
  awardCode?: string;
  kind?: string;
  yearFrom?: number;
  yearTo?: number;
  decisionNumber?: string;
  page?: number;
  pageSize?: number;
};
