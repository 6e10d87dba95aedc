// What other modules use of the decisions: the per-award revocation, the decision register's next
// number, who may sign for the deciding unit, and the upper level's decision as its package
// brings it (modules/upper-level).
export { type AwardRevocation, recordAwardRevocation } from './award-revocation';
export { isNumberInRegister, nextDecisionNumber } from './decision-number.repository';
export { decidingUnitOf, leaderAtUnit } from './decision-safeguards';
export { type RevokeInput, revokeInput } from './decisions.schemas';
export { recordDecisionFromUpperLevel, type UpperLevelOutcome } from './upper-level-decision';
