export type MovementSummary = {
  id: string;
  form: 'THUONG_XUYEN' | 'CHUYEN_DE';
  title: string;
  year: number;
  state: 'DRAFT' | 'LAUNCHED' | 'INTERIM_REVIEW' | 'FINAL_REVIEW' | 'CLOSED';
  launchingAuthority: string;
  startDate: string | null;
  endDate: string | null;
  version: number;
};

export type MovementDetail = MovementSummary & {
  theme: string | null;
  level: 'TRUNG_UONG' | 'BO_TINH' | 'XA' | 'DON_VI';
  scope: string;
  ownerUnitId: string;
  ownerUnitName: string;
  participation: 'TENANT' | 'SUBTREE' | 'LIST';
  goals: string | null;
  criteria: string | null;
  nextStates: MovementSummary['state'][];
  launchDocument: { id: string; name: string; sha256: string } | null;
  milestones: { id: string; kind: 'SO_KET' | 'TONG_KET'; dueOn: string; note: string | null }[];
  participants: { id: string; name: string; registered: boolean }[];
  participantCount: number;
  registrations: { id: string; unitName: string; personName: string | null; targetAwards: string[] }[];
  awards: {
    id: string;
    awardCode: string;
    kind: string;
    year: number;
    subjectName: string;
    decisionNumber: string | null;
  }[];
};

export type CreateMovementInput = {
  form: MovementSummary['form'];
  ownerUnitId: string;
  title: string;
  theme?: string | null;
  year: number;
  launchingAuthority: string;
  level: MovementDetail['level'];
  scope: string;
  participation: MovementDetail['participation'];
  participationRootId?: string | null;
  participantUnitIds?: string[];
  goals?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  milestones?: { kind: 'SO_KET' | 'TONG_KET'; dueOn: string }[];
};
