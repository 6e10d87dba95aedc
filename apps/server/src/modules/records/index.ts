// What other modules use of the records: whose record an id names (person, collective, team).
export { findSubject, type Subject } from './subject';
