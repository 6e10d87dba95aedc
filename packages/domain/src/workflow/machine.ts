// The proposal state machine: pure data and one function. A command gives the next flow or a
// typed error; the server persists the flow and writes the audit event.
import { COMMAND_SOURCES, type ProposalCommand } from './commands';
import type { ProposalState } from './states';

/** What the rule set requires of this proposal (computed once at creation, see requirements.ts). */
export type FlowRequirements = {
  /** Some item needs public comment (ND 91 Điều 45.10 as carried into the rule set). */
  readonly publicComment: boolean;
  /** Some item needs the council's secret ballot (rule set councilVotes). */
  readonly councilVote: boolean;
  /** Simplified procedure (Law 2022, Điều 85): no unit review step. */
  readonly simplified: boolean;
  /** The decider is above the tenant: the tenant's step ends with "trình" (Law 2022, Điều 83.2). */
  readonly proposeUp: boolean;
};

/** The persisted part of the machine. The done-flags are set only by the machine itself. */
export type ProposalFlow = {
  readonly state: ProposalState;
  readonly requirements: FlowRequirements;
  /** Position in the route of receiving levels; the last one appraises (a unit cannot skip a level). */
  readonly levelIndex: number;
  readonly levelCount: number;
  readonly publicCommentDone: boolean;
  readonly councilDone: boolean;
};

/** Facts read from the dossier when the command runs. */
export type FlowFacts = {
  /** The unit's review minutes (biên bản bình xét / xét khen thưởng) are attached. */
  readonly hasMinutes: boolean;
  /** Every required component is uploaded or generated. */
  readonly componentsComplete: boolean;
  /** Items the appraiser has not yet confirmed or overridden. */
  readonly pendingItems: number;
};

export const GUARDS = {
  MINUTES_REQUIRED: 'Cần đính kèm biên bản bình xét, xét khen thưởng của đơn vị trước khi trình',
  NOT_SIMPLIFIED: 'Chỉ hồ sơ theo thủ tục đơn giản được trình thẳng không qua bình xét',
  COMPONENTS_INCOMPLETE: 'Hồ sơ chưa đủ thành phần theo quy định',
  NOT_FINAL_LEVEL: 'Cấp này chưa phải cấp có thẩm quyền; hồ sơ phải được trình lên cấp trên',
  FINAL_LEVEL: 'Đây là cấp có thẩm quyền; không chuyển tiếp lên cấp trên',
  REASONS_REQUIRED: 'Cần nêu lý do trả lại hồ sơ',
  OVERRIDE_REASON_REQUIRED: 'Cần nêu lý do khi không theo kết quả đánh giá tự động',
  ITEMS_PENDING: 'Còn đối tượng chưa được thẩm định',
  PUBLIC_COMMENT_NOT_REQUIRED: 'Các hình thức đề nghị không phải lấy ý kiến công khai',
  PUBLIC_COMMENT_DONE: 'Đã lấy ý kiến công khai',
  PUBLIC_COMMENT_REQUIRED: 'Phải lấy ý kiến công khai trước bước này',
  COUNCIL_NOT_REQUIRED: 'Các hình thức đề nghị không phải bỏ phiếu tại Hội đồng',
  COUNCIL_DONE: 'Hội đồng đã bỏ phiếu',
  COUNCIL_REQUIRED: 'Phải có kết quả bỏ phiếu kín của Hội đồng trước bước này',
  NO_APPROVED_ITEMS:
    'Quyết định phải có ít nhất một đối tượng được khen thưởng; nếu không, chọn không khen thưởng',
  REJECT_REASON_REQUIRED: 'Cần nêu lý do không khen thưởng',
} as const;
export type GuardName = keyof typeof GUARDS;

export type TransitionError =
  | { readonly code: 'INVALID_TRANSITION'; readonly from: ProposalState; readonly command: string }
  | { readonly code: 'GUARD_FAILED'; readonly guard: GuardName; readonly message: string };

export type TransitionResult =
  | { readonly ok: true; readonly flow: ProposalFlow }
  | { readonly ok: false; readonly error: TransitionError };

const fail = (guard: GuardName): TransitionResult => ({
  ok: false,
  error: { code: 'GUARD_FAILED', guard, message: GUARDS[guard] },
});
const to = (
  flow: ProposalFlow,
  state: ProposalState,
  extra: Partial<ProposalFlow> = {},
): TransitionResult => ({
  ok: true,
  flow: { ...flow, ...extra, state },
});

/** Where a proposal goes once appraisal, public comment and council are all satisfied. */
const afterAppraisal = (flow: ProposalFlow): ProposalState =>
  flow.requirements.proposeUp ? 'PROPOSED_UP' : 'DECISION_PENDING';

const publicCommentSatisfied = (f: ProposalFlow) => !f.requirements.publicComment || f.publicCommentDone;
const councilSatisfied = (f: ProposalFlow) => !f.requirements.councilVote || f.councilDone;

/** Anything upstream changed: later steps must be taken again (never reuse a stale vote or comment). */
const RESET = { publicCommentDone: false, councilDone: false } as const;

function guarded(flow: ProposalFlow, command: ProposalCommand, facts: FlowFacts): TransitionResult {
  const req = flow.requirements;
  switch (command.type) {
    case 'submitForReview':
      if (req.simplified) return fail('NOT_SIMPLIFIED');
      return to(flow, 'UNIT_REVIEW');
    case 'submit':
      if (flow.state === 'DRAFT' && !req.simplified) return fail('NOT_SIMPLIFIED');
      if (!req.simplified && !facts.hasMinutes) return fail('MINUTES_REQUIRED');
      // Resubmission restarts the clock and the route from the first level.
      return to(flow, 'SUBMITTED', { levelIndex: 0, ...RESET });
    case 'receive':
      return to(flow, 'RECEIVED');
    case 'forward':
      if (flow.levelIndex >= flow.levelCount - 1) return fail('FINAL_LEVEL');
      if (!facts.componentsComplete) return fail('COMPONENTS_INCOMPLETE');
      return to(flow, 'SUBMITTED', { levelIndex: flow.levelIndex + 1 });
    case 'returnProposal':
      if (command.reasons.length === 0 || command.reasons.some((r) => r.text.trim() === ''))
        return fail('REASONS_REQUIRED');
      return to(flow, 'RETURNED', RESET);
    case 'startAppraisal':
      if (flow.levelIndex < flow.levelCount - 1) return fail('NOT_FINAL_LEVEL');
      if (!facts.componentsComplete) return fail('COMPONENTS_INCOMPLETE');
      return to(flow, 'APPRAISAL');
    case 'confirmItem':
      return to(flow, 'APPRAISAL');
    case 'overrideItem':
      if (command.reason.trim().length < 5) return fail('OVERRIDE_REASON_REQUIRED');
      return to(flow, 'APPRAISAL');
    case 'openPublicComment':
      if (!req.publicComment) return fail('PUBLIC_COMMENT_NOT_REQUIRED');
      if (flow.publicCommentDone) return fail('PUBLIC_COMMENT_DONE');
      if (facts.pendingItems > 0) return fail('ITEMS_PENDING');
      return to(flow, 'PUBLIC_COMMENT');
    case 'closePublicComment':
      // Back to the office, which consolidates the comments before the council or the decision.
      return to(flow, 'APPRAISAL', { publicCommentDone: true });
    case 'upholdComment':
      // An upheld comment sends its item back to appraisal; comment and vote are taken again.
      return to(flow, 'APPRAISAL', RESET);
    case 'openCouncil':
      if (!req.councilVote) return fail('COUNCIL_NOT_REQUIRED');
      if (flow.councilDone) return fail('COUNCIL_DONE');
      if (facts.pendingItems > 0) return fail('ITEMS_PENDING');
      if (!publicCommentSatisfied(flow)) return fail('PUBLIC_COMMENT_REQUIRED');
      return to(flow, 'COUNCIL_VOTE');
    case 'recordVote':
      return to(flow, 'COUNCIL_VOTE');
    case 'closeCouncil':
      return to(flow, afterAppraisal(flow), { councilDone: true });
    case 'completeAppraisal':
      if (facts.pendingItems > 0) return fail('ITEMS_PENDING');
      if (!publicCommentSatisfied(flow)) return fail('PUBLIC_COMMENT_REQUIRED');
      if (!councilSatisfied(flow)) return fail('COUNCIL_REQUIRED');
      return to(flow, afterAppraisal(flow));
    case 'issueDecision':
    case 'recordExternalDecision':
      if (command.approvedItems < 1) return fail('NO_APPROVED_ITEMS');
      return to(flow, 'DECIDED');
    case 'reject':
      if (command.reason.trim() === '') return fail('REJECT_REASON_REQUIRED');
      return to(flow, 'REJECTED');
    case 'revoke':
      return to(flow, 'DECIDED');
  }
}

/** Applies a command: checks the source state, then the guards. */
export function applyCommand(
  flow: ProposalFlow,
  command: ProposalCommand,
  facts: FlowFacts,
): TransitionResult {
  if (!COMMAND_SOURCES[command.type].includes(flow.state)) {
    return { ok: false, error: { code: 'INVALID_TRANSITION', from: flow.state, command: command.type } };
  }
  return guarded(flow, command, facts);
}

export function initialFlow(requirements: FlowRequirements, levelCount: number): ProposalFlow {
  return {
    state: 'DRAFT',
    requirements,
    levelIndex: 0,
    levelCount: Math.max(1, levelCount),
    publicCommentDone: false,
    councilDone: false,
  };
}
