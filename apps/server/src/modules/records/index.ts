// What other modules use of the records: whose record an id names (person, collective, team), and
// holds and awards as another module's case reaches them (inspection findings).

export { searchAwardRows } from './award-search.repository';
export { awardSearchColumns } from './award-search-columns';
export { markAwardRevoked } from './awards.repository';
export { awardOutput } from './awards.schemas';
export { findHold, insertHold, updateHoldRow } from './conduct.repository';
export { holdOutput } from './conduct.schemas';
// The decision's ref: its documents and signature decide access as the decision's own view does.
export { DECISION_ACTIONS, type DecisionAction, decisionRef } from './decision-access';
export { type DecisionAwardRow, listDecisionAwards } from './decision-awards.repository';
export { resolveDecisionIssuer } from './decision-issuer';
export type { DecisionRow } from './decisions.repository';
export { findDecision, insertDecision } from './decisions.repository';
export { findAwardBrief, placeHold, releaseHold } from './holds';
export { RECORD_SUBJECT_ACTIONS, recordSubjectActions, subjectRef } from './record-access';
export { findSubject, type Subject } from './subject';
export { findVerifiedAward } from './verified-award.repository';
