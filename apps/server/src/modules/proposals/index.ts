// What other modules use of proposals: its public surface; no other module imports its repositories.

export { proposalRef } from './proposal-access';
export type { ProposalRow } from './proposals.repository';
export { bumpVersion, findProposal, listItems, updateItem, userName } from './proposals.repository';
