import { t, ui } from '../../../i18n/ui';
import type { CreateCouncilInput } from '../api/council.types';

const c = ui.councils;

export type MemberChoice = { userId: string; isPresent: boolean };

export type CouncilFormValues = {
  unitId: string | null;
  title: string;
  meetingOn: string;
  quorum: number | string;
  members: MemberChoice[];
  proposalIds: string[];
};

/** Two thirds of the members, rounded up (at least 1): the usual quorum, which the secretary may change. */
export function defaultQuorum(members: number): number {
  return Math.max(1, Math.ceil((2 * members) / 3));
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * The server's rules (createSessionInput and the tenant's minimum council size), checked before
 * sending, with Vietnamese messages.
 */
export function validateCouncilForm(
  v: CouncilFormValues,
  minMembers = 1,
): Partial<Record<keyof CouncilFormValues, string>> {
  const errors: Partial<Record<keyof CouncilFormValues, string>> = {};
  const title = v.title.trim();
  const quorum = Number(v.quorum);
  if (!v.unitId) errors.unitId = c.unitRequired;
  if (title.length < 3) errors.title = c.titleShort;
  else if (title.length > 300) errors.title = c.titleLong;
  if (!isIsoDate(v.meetingOn)) errors.meetingOn = c.dateInvalid;
  if (v.quorum === '' || !Number.isInteger(quorum) || quorum < 1) errors.quorum = c.quorumInvalid;
  // A quorum above the member count could never be met, and the session could never close.
  else if (v.members.length > 0 && quorum > v.members.length)
    errors.quorum = t(c.quorumTooHigh, { n: v.members.length });
  if (v.members.length === 0) errors.members = c.membersRequired;
  else if (v.members.length < minMembers)
    errors.members = t(c.membersTooFew, { n: minMembers, k: v.members.length });
  if (v.proposalIds.length === 0) errors.proposalIds = c.proposalsRequired;
  return errors;
}

export function toCreateInput(v: CouncilFormValues): CreateCouncilInput {
  return {
    unitId: v.unitId ?? '',
    title: v.title.trim(),
    meetingOn: v.meetingOn,
    quorum: Number(v.quorum),
    members: v.members.map((m) => ({ userId: m.userId, isPresent: m.isPresent })),
    proposalIds: v.proposalIds,
  };
}
