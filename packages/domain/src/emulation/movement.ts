// Movement (phong trào thi đua) forms and lifecycle. Law 2022 Đ16.1 names the two forms;
// Đ17 gives the life-cycle: plan → launch → implement → sơ kết → tổng kết and commendation.

export const MOVEMENT_FORMS = ['THUONG_XUYEN', 'CHUYEN_DE'] as const;
export type MovementForm = (typeof MOVEMENT_FORMS)[number];

export const MOVEMENT_STATES = ['DRAFT', 'LAUNCHED', 'INTERIM_REVIEW', 'FINAL_REVIEW', 'CLOSED'] as const;
export type MovementState = (typeof MOVEMENT_STATES)[number];

/** The level of the authority that launches the movement. */
export const MOVEMENT_LEVELS = ['TRUNG_UONG', 'BO_TINH', 'XA', 'DON_VI'] as const;
export type MovementLevel = (typeof MOVEMENT_LEVELS)[number];

/** Law 2022 Đ16.2 scopes. */
export const MOVEMENT_SCOPES = [
  'TOAN_QUOC',
  'BO_BAN_NGANH_DOAN_THE_DIA_PHUONG',
  'CUM_KHOI',
  'CO_QUAN_DON_VI',
] as const;
export type MovementScope = (typeof MOVEMENT_SCOPES)[number];

/** Who takes part: the whole tenant, a subtree under one unit, or a listed set of units. */
export const PARTICIPATION_MODES = ['TENANT', 'SUBTREE', 'LIST'] as const;
export type ParticipationMode = (typeof PARTICIPATION_MODES)[number];

export const MILESTONE_KINDS = ['SO_KET', 'TONG_KET'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

// Each step moves forward by one; a regular movement may skip the interim review (sơ kết is
// customary, not mandated, for a yearly movement), and nothing moves backwards: a reopened
// movement would let results be changed after the final review.
const NEXT: Readonly<Record<MovementState, readonly MovementState[]>> = {
  DRAFT: ['LAUNCHED'],
  LAUNCHED: ['INTERIM_REVIEW', 'FINAL_REVIEW'],
  INTERIM_REVIEW: ['FINAL_REVIEW'],
  FINAL_REVIEW: ['CLOSED'],
  CLOSED: [],
};

export function nextMovementStates(state: MovementState): readonly MovementState[] {
  return NEXT[state];
}

export type MovementTransition =
  | { ok: true; state: MovementState }
  | { ok: false; reason: 'INVALID_TRANSITION' | 'MISSING_DATES' };

/** A pure transition: launching needs both dates set and in order. */
export function transitionMovement(
  movement: { state: MovementState; startDate: string | null; endDate: string | null },
  to: MovementState,
): MovementTransition {
  if (!NEXT[movement.state].includes(to)) return { ok: false, reason: 'INVALID_TRANSITION' };
  if (to === 'LAUNCHED') {
    const { startDate, endDate } = movement;
    if (!startDate || !endDate || endDate < startDate) return { ok: false, reason: 'MISSING_DATES' };
  }
  return { ok: true, state: to };
}

/** Awards given under a thematic movement are CHUYEN_DE, which ND 152 keeps out of merit chains. */
export function awardKindFor(form: MovementForm): 'CHUYEN_DE' | 'CONG_TRANG' {
  return form === 'CHUYEN_DE' ? 'CHUYEN_DE' : 'CONG_TRANG';
}

/** Whether an org unit (by materialised path) takes part in a movement. */
export function isParticipant(
  mode: ParticipationMode,
  unitPath: string,
  rootPath: string | null,
  listedPaths: readonly string[],
): boolean {
  if (mode === 'TENANT') return true;
  if (mode === 'SUBTREE') return rootPath !== null && unitPath.startsWith(rootPath);
  return listedPaths.some((p) => unitPath.startsWith(p));
}
