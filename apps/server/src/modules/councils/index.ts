// What other modules use of councils: its public surface; no other module imports its repositories.
// The session's ref, so the minutes document decides access as the council's own routes do.
export { councilSessionRef } from './council-access';
export { sessionMinutes } from './councils.service';
