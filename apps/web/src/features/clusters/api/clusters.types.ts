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
  leadingUnitId: string | null;
  leadingUnitName: string | null;
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
  vote: ClusterVote | null;
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

/** The vote for the leading unit (suy tôn): who has voted, never how; tallies only once closed. */
export type ClusterVote = {
  id: string;
  year: number;
  status: 'OPEN' | 'CLOSED';
  version: number;
  candidateCount: number | null;
  candidates: { unitId: string; unitName: string; rank: number; votes?: number }[];
  voters: { unitId: string; unitName: string; hasVoted: boolean }[];
  votedCount: number;
  /** Member units the signed-in user may still cast a ballot for. */
  myVoterUnits: { id: string; name: string }[];
  result: {
    winnerUnitId: string;
    winnerUnitName: string;
    text: string;
    tieBroken: boolean;
    closedOn: string | null;
  } | null;
  proposalId: string | null;
};
