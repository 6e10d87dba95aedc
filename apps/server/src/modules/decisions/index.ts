// What other modules use of the decisions: the per-award revocation, the decision register's next
// number, and who may sign for the deciding unit.
export { type AwardRevocation, recordAwardRevocation } from './award-revocation';
export { isNumberInRegister, nextDecisionNumber } from './decision-number.repository';
export { decidingUnitOf, leaderAtUnit } from './decision-safeguards';
