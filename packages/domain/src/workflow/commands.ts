// Commands on a proposal. Each is one use case on the server (one transaction, one audit event).
import type { ProposalState } from './states';

/** Why a dossier is sent back: a stable code, what it concerns, and free text (law.md §6.2 row 7). */
export const RETURN_REASON_CODES = [
  'MISSING_COMPONENT',
  'INCORRECT_COMPONENT',
  'INELIGIBLE_ITEM',
  'WRONG_LEVEL',
  'OTHER',
] as const;
export type ReturnReasonCode = (typeof RETURN_REASON_CODES)[number];

export type ReturnReason = {
  readonly code: ReturnReasonCode;
  /** The dossier component concerned (MISSING_COMPONENT, INCORRECT_COMPONENT). */
  readonly component?: string | undefined;
  /** The item concerned (INELIGIBLE_ITEM). */
  readonly itemId?: string | undefined;
  /** The legal clause concerned, e.g. "Luật Thi đua, khen thưởng 2022, Điều 84, khoản 1". */
  readonly clause?: string | undefined;
  readonly text: string;
};

export type ProposalCommand =
  | { readonly type: 'submitForReview' }
  | { readonly type: 'submit' }
  | { readonly type: 'receive' }
  | { readonly type: 'forward' }
  | { readonly type: 'returnProposal'; readonly reasons: readonly ReturnReason[] }
  | { readonly type: 'startAppraisal' }
  | { readonly type: 'confirmItem' }
  | { readonly type: 'overrideItem'; readonly reason: string }
  | { readonly type: 'openPublicComment' }
  | { readonly type: 'closePublicComment' }
  | { readonly type: 'upholdComment' }
  | { readonly type: 'openCouncil' }
  | { readonly type: 'recordVote' }
  | { readonly type: 'closeCouncil' }
  | { readonly type: 'completeAppraisal' }
  | { readonly type: 'issueDecision'; readonly approvedItems: number }
  | { readonly type: 'recordExternalDecision'; readonly approvedItems: number }
  | { readonly type: 'reject'; readonly reason: string }
  | { readonly type: 'revoke' };

export type CommandType = ProposalCommand['type'];

/** Which states each command may start from. Everything else is INVALID_TRANSITION. */
export const COMMAND_SOURCES: Readonly<Record<CommandType, readonly ProposalState[]>> = {
  submitForReview: ['DRAFT'],
  // DRAFT only on the simplified path, which has no unit review (its dossier has no minutes).
  submit: ['DRAFT', 'UNIT_REVIEW', 'RETURNED'],
  receive: ['SUBMITTED'],
  forward: ['RECEIVED'],
  returnProposal: ['RECEIVED', 'APPRAISAL'],
  startAppraisal: ['RECEIVED'],
  confirmItem: ['APPRAISAL'],
  overrideItem: ['APPRAISAL'],
  openPublicComment: ['APPRAISAL'],
  closePublicComment: ['PUBLIC_COMMENT'],
  upholdComment: ['PUBLIC_COMMENT', 'APPRAISAL', 'COUNCIL_VOTE', 'DECISION_PENDING'],
  openCouncil: ['APPRAISAL'],
  recordVote: ['COUNCIL_VOTE'],
  closeCouncil: ['COUNCIL_VOTE'],
  completeAppraisal: ['APPRAISAL'],
  issueDecision: ['DECISION_PENDING'],
  recordExternalDecision: ['PROPOSED_UP'],
  reject: ['RECEIVED', 'APPRAISAL', 'DECISION_PENDING', 'PROPOSED_UP'],
  revoke: ['DECIDED'],
};
