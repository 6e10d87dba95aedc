export type AgendaItem = {
  itemId: string;
  proposalId: string;
  subjectName: string;
  subjectType: 'PERSON' | 'COLLECTIVE';
  awardCode: string;
  awardName: string;
  unitName: string;
  achievement: string | null;
  /** The engine's verdict at appraisal, with its reasons and citations. */
  engine: { eligible: boolean | null; reasons: { met: boolean; text: string; citation: string }[] };
  /** The appraiser's conclusion (confirmed or overridden with a reason). */
  appraisal: {
    status: 'PENDING' | 'CONFIRMED' | 'OVERRIDDEN';
    eligible: boolean | null;
    overrideReason: string | null;
  };
  upheldComments: { text: string; note: string | null }[];
  excludedMembers: { userId: string; fullName: string; reason: string }[];
  votedCount: number;
  canIVote: boolean;
  // Present only once the session is closed (tallies stay hidden while members vote).
  yes?: number;
  no?: number;
  abstain?: number;
  passed?: boolean | null;
  resultText?: string | null;
};

export type CouncilSession = {
  id: string;
  title: string;
  meetingOn: string;
  quorum: number;
  status: 'OPEN' | 'CLOSED';
  /** Set when the secretary opened the meeting before its date. */
  openedAt: string | null;
  /** Ballots are accepted: the meeting date has come, or the secretary opened it. */
  votingOpen: boolean;
  closedOn: string | null;
  version: number;
  members: { userId: string; fullName: string; isPresent: boolean }[];
  agenda: AgendaItem[];
};

export type Minutes = {
  present: string[];
  absent: string[];
  items: {
    itemId: string;
    subjectName: string;
    awardCode: string;
    yes: number;
    no: number;
    abstain: number;
    excluded: string[];
    passed: boolean;
    resultText: string;
  }[];
};

export const councilKey = (id: string) => ['councils', id] as const;

export type CouncilStatus = CouncilSession['status'];

export type CouncilSummary = {
  id: string;
  title: string;
  unitId: string;
  unitName: string;
  meetingOn: string;
  status: CouncilStatus;
  memberCount: number;
  itemCount: number;
};

export type CouncilPage = { items: CouncilSummary[]; total: number; page: number; pageSize: number };

export type MemberCandidate = {
  id: string;
  fullName: string;
  roles: string[];
  unitName: string;
  personId: string | null;
};

export type ProposalCandidate = {
  id: string;
  title: string;
  year: number;
  submittingUnitName: string;
  eligibleItems: number;
  dueOn: string | null;
};

export type CreateCouncilInput = {
  unitId: string;
  title: string;
  meetingOn: string;
  quorum: number;
  members: { userId: string; personId?: string; isPresent: boolean }[];
  proposalIds: string[];
};

export const councilListKey = ['councils', 'list'] as const;
