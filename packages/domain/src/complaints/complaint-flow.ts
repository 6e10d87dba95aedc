import type { ComplaintKind } from './time-limits';

// The handling steps of a complaint or denunciation: received → classified (within competence,
// or transferred to the competent body) → accepted (thụ lý) → verification → conclusion and answer.

export const COMPLAINT_STATES = [
  'RECEIVED',
  'CLASSIFIED',
  'TRANSFERRED',
  'ACCEPTED',
  'VERIFYING',
  'CONCLUDED',
] as const;
export type ComplaintState = (typeof COMPLAINT_STATES)[number];

export const COMPLAINT_STATE_LABELS: Record<ComplaintState, string> = {
  RECEIVED: 'Đã tiếp nhận, đang phân loại',
  CLASSIFIED: 'Đã phân loại, chờ thụ lý',
  TRANSFERRED: 'Đã chuyển cơ quan có thẩm quyền',
  ACCEPTED: 'Đã thụ lý',
  VERIFYING: 'Đang xác minh',
  CONCLUDED: 'Đã có kết luận, trả lời',
};

/** What the conclusion found: the complaint or denunciation right, partly right, or wrong. */
export const COMPLAINT_OUTCOMES = ['UPHELD', 'PARTLY_UPHELD', 'REJECTED'] as const;
export type ComplaintOutcome = (typeof COMPLAINT_OUTCOMES)[number];

export const COMPLAINT_OUTCOME_LABELS: Record<ComplaintOutcome, string> = {
  UPHELD: 'Đúng',
  PARTLY_UPHELD: 'Đúng một phần',
  REJECTED: 'Không đúng',
};

export type ComplaintCommand =
  | { type: 'classify'; kind: ComplaintKind; isCompetent: boolean }
  | { type: 'accept' }
  | { type: 'verify' }
  | { type: 'conclude'; outcome: ComplaintOutcome };

export type FlowResult = { ok: true; state: ComplaintState } | { ok: false };

/** A pure transition; nothing moves backwards and a transferred or concluded case is closed. */
export function nextComplaintState(state: ComplaintState, cmd: ComplaintCommand): FlowResult {
  switch (cmd.type) {
    case 'classify':
      return state === 'RECEIVED'
        ? { ok: true, state: cmd.isCompetent ? 'CLASSIFIED' : 'TRANSFERRED' }
        : { ok: false };
    case 'accept':
      return state === 'CLASSIFIED' ? { ok: true, state: 'ACCEPTED' } : { ok: false };
    case 'verify':
      return state === 'ACCEPTED' ? { ok: true, state: 'VERIFYING' } : { ok: false };
    case 'conclude':
      return state === 'ACCEPTED' || state === 'VERIFYING' ? { ok: true, state: 'CONCLUDED' } : { ok: false };
  }
}

/** An accepted case holds the subject's pending dossiers until its conclusion. */
export const isHolding = (state: ComplaintState) => state === 'ACCEPTED' || state === 'VERIFYING';
