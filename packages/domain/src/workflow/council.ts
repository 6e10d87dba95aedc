// Council rules that do not depend on the rule set: who may not vote on an item.

export type CouncilMemberRef = { readonly personId: string | null; readonly unitPath: string };
export type NomineeRef = { readonly personId: string | null; readonly unitPath: string };

export type ConflictOfInterest = { readonly reason: 'IS_NOMINEE' | 'SAME_UNIT'; readonly text: string };

/**
 * A member who is the nominee, or who belongs to the nominee's unit or one of its sub-units,
 * does not vote on that item (impartiality of the council's secret ballot).
 */
export function conflictOfInterest(member: CouncilMemberRef, nominee: NomineeRef): ConflictOfInterest | null {
  if (member.personId !== null && member.personId === nominee.personId) {
    return { reason: 'IS_NOMINEE', text: 'Thành viên là người được đề nghị khen thưởng' };
  }
  if (member.unitPath.startsWith(nominee.unitPath)) {
    return { reason: 'SAME_UNIT', text: 'Thành viên thuộc đơn vị của đối tượng được đề nghị' };
  }
  return null;
}
