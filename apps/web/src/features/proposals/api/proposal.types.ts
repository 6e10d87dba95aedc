// The proposal as the API returns it (apps/server/src/modules/proposals/proposal-view.ts).

export type ReturnReason = {
  code: 'MISSING_COMPONENT' | 'INCORRECT_COMPONENT' | 'INELIGIBLE_ITEM' | 'WRONG_LEVEL' | 'OTHER';
  component?: string;
  itemId?: string;
  clause?: string;
  text: string;
};

export type VerdictReason = { met: boolean; text: string; citation: string };

export type ProposalItem = {
  id: string;
  subjectType: 'PERSON' | 'COLLECTIVE' | 'HOUSEHOLD';
  subjectId: string;
  subjectName: string;
  /** The nominee's unit; for an org unit as its own collective, the subject itself. */
  unitId: string;
  awardCode: string;
  achievement: string | null;
  engineEligible: boolean | null;
  verdict: { eligible: boolean; held: boolean; amountVnd: number | null; reasons: VerdictReason[] } | null;
  flags: {
    held: boolean;
    duplicates: { text: string; citation: string }[];
    quota: { text: string; citation: string }[];
  } | null;
  appraisal: 'PENDING' | 'CONFIRMED' | 'OVERRIDDEN';
  /** Holds open today on the nominee, read live: one opened after appraisal shows here too. */
  openHolds: { reason: string; fromDate: string; note: string | null }[];
  appraisedEligible: boolean | null;
  overrideReason: string | null;
  councilPassed: boolean | null;
  outcome: 'APPROVED' | 'NOT_APPROVED' | null;
  awardId: string | null;
  awardRevoked: boolean;
};

export type ProposalComponent = {
  name: string;
  isMinutes: boolean;
  present: boolean;
  /** A generated minutes draft waiting for the unit leader's confirmation (does not count yet). */
  awaitingConfirmation: boolean;
  sha256: string | null;
  isGenerated: boolean;
  confirmedAt: string | null;
  fileId: string | null;
  /** The uploaded file: name, size, type (by content) and uploader, for the appraiser. */
  file: {
    name: string;
    sizeBytes: number;
    mimeType: string;
    uploadedByName: string | null;
    uploadedAt: string;
  } | null;
};

export type HistoryStep = {
  at: string;
  actorName: string | null;
  command: string;
  fromState: string | null;
  toState: string;
  detail: unknown;
};

export type DiffOutcome = {
  reason: ReturnReason;
  addressed: boolean | null;
  changes: { kind: string; component?: string; itemId?: string; name?: string; award?: string }[];
};

export type Proposal = {
  id: string;
  kind: string;
  title: string;
  year: number;
  submittingUnitId: string;
  levels: string[];
  levelIndex: number;
  currentUnitId: string;
  state: string;
  stateLabel: string;
  requirements: { publicComment: boolean; councilVote: boolean; simplified: boolean; proposeUp: boolean };
  publicCommentDone: boolean;
  councilDone: boolean;
  dueOn: string | null;
  isOverdue: boolean;
  publicCommentUntil: string | null;
  publicCommentClosedOn: string | null;
  publicCommentCloseReason: string | null;
  rejectReason: string | null;
  decisionId: string | null;
  decision: { number: string; signedOn: string; issuer: string } | null;
  councilSessions: { id: string; title: string; meetingOn: string; status: 'OPEN' | 'CLOSED' }[];
  version: number;
  facts: { hasMinutes: boolean; componentsComplete: boolean; pendingItems: number };
  components: ProposalComponent[];
  items: ProposalItem[];
  lastReturn: { reasons: ReturnReason[]; at: string; diff: DiffOutcome[] } | null;
  history: HistoryStep[];
};

export type ProposalSummary = {
  id: string;
  kind: string;
  title: string;
  year: number;
  state: string;
  stateLabel: string;
  version: number;
  submittingUnitName: string;
  dueOn: string | null;
  isOverdue: boolean;
};

export type ProposalPage = { items: ProposalSummary[]; total: number; page: number; pageSize: number };

export const proposalKey = (id: string) => ['proposals', 'detail', id] as const;
