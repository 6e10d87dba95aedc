// What other modules use of the decisions: the per-award revocation.
export { type AwardRevocation, recordAwardRevocation } from './award-revocation';
