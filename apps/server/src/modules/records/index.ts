// What other modules use of the records: whose record an id names (person, collective, team).

export { searchAwardRows } from './award-search.repository';
export { markAwardRevoked } from './awards.repository';
export { findHold, insertHold, updateHoldRow } from './conduct.repository';
export type { DecisionRow } from './decisions.repository';
export { findDecision, insertDecision } from './decisions.repository';
export { findSubject, type Subject } from './subject';
