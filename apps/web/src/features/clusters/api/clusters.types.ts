export type ClusterSummary = {
  id: string;
  year: number;
  name: string;
  kind: 'CUM' | 'KHOI';
  organiserLevel: 'TINH' | 'TRUNG_UONG';
  headUnitName: string | null;
  memberCount: number;
  version: number;
};

export type CriterionKind = 'STANDARD' | 'BONUS' | 'PENALTY';
export type Criterion = {
  id: string;
  groupName: string;
  code: string;
  name: string;
  kind: CriterionKind;
  maxPoints: number;
};

export type ClusterDetail = ClusterSummary & {
  organiserUnitId: string;
  organiserUnitName: string;
  headUnitId: string | null;
  deputyUnitId: string | null;
  regulationRef: string | null;
  tieBreak: 'CROSS_SCORE' | 'STANDARD_POINTS' | 'FEWER_PENALTIES' | 'SHARED';
  outlierThreshold: number;
  members: { id: string; name: string; isAssessor: boolean; isHead: boolean; isDeputy: boolean }[];
  leadership: { termYear: number; headUnitName: string; deputyUnitName: string | null; electedOn: string }[];
  template: { id: string; name: string; maxTotal: number; criteria: Criterion[] } | null;
  pledges: {
    id: string;
    title: string;
    signedOn: string;
    signatories: { unitName: string; signerName: string }[];
  }[];
  board: {
    ranking: {
      unitId: string;
      unitName: string;
      rank: number;
      total: number;
      selfTotal: number | null;
      crossTotal: number | null;
      selfStatus: 'NONE' | 'DRAFT' | 'SUBMITTED';
      crossSheets: number;
    }[];
    notSubmitted: { id: string; name: string }[];
    submittedCount: number;
    outliers: {
      assessorUnitName: string;
      memberUnitName: string;
      total: number;
      median: number;
      deviation: number;
    }[];
  };
};

export type ScoreSheet = {
  memberUnitId: string;
  assessorUnitId: string;
  kind: 'SELF' | 'CROSS';
  status: 'NONE' | 'DRAFT' | 'SUBMITTED';
  total: number;
  cells: {
    criterionId: string;
    scoreId: string | null;
    value: number | null;
    note: string | null;
    status: 'DRAFT' | 'SUBMITTED' | null;
    version: number | null;
    evidence: { id: string; name: string; sha256: string }[];
  }[];
};

export type ScoreChange = {
  id: string;
  memberUnitName: string;
  assessorUnitName: string;
  criterionCode: string;
  criterionName: string;
  oldValue: number;
  newValue: number;
  reason: string;
  changedByName: string;
  changedAt: string;
};

export type CreateClusterInput = {
  year: number;
  name: string;
  kind: ClusterSummary['kind'];
  organiserLevel: ClusterSummary['organiserLevel'];
  organiserUnitId: string;
  memberUnitIds: string[];
  assessorUnitIds?: string[];
  headUnitId?: string | null;
  deputyUnitId?: string | null;
  tieBreak?: ClusterDetail['tieBreak'];
};
