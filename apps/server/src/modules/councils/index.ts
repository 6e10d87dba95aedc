// What other modules use of councils: its public surface; no other module imports its repositories.
export { findSession } from './councils.repository';
export { sessionMinutes } from './councils.service';
