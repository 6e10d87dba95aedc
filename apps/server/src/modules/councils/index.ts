// What other modules use of councils: its public surface; no other module imports its repositories.
// The session's ref, so the minutes document decides access as the council's own routes do.
export { councilSessionRef } from './council-access';
// The council's result per item of a proposal: what a package sent to the upper level reports.
export { closedVotesOfProposal } from './councils.repository';
export { sessionMinutes } from './councils.service';
