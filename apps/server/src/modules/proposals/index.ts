// What other modules use of proposals: its public surface; no other module imports its repositories.

export { proposalRef } from './proposal-access';
export { awardKindOf } from './proposal-appraisal';
export { runCommand, transitionInTx } from './proposal-command';
export {
  type DossierStatus,
  fileHouseholdOnline,
  type HouseholdFilingInput,
  householdFilingInput,
  isRegistrationUnit,
  ONLINE_ATTACHMENT,
  ONLINE_MAX_ATTACHMENTS,
  trackDossier,
} from './proposal-online';
export {
  recordUpperLevelStep,
  type UpperLevel,
  type UpperLevelReader,
  upperLevelOutput,
  useUpperLevelReader,
} from './proposal-upper-level';
export type { ProposalRow } from './proposals.repository';
export {
  bumpVersion,
  componentFilesForPackage,
  findProposal,
  listItems,
  SYSTEM_USER_ID,
  updateItem,
  userName,
} from './proposals.repository';
export { expectedVersion, proposalOutput } from './proposals.schemas';
export { publicCommentInput } from './public-comment.schemas';
export { allowPublicWrite, postPublicComment } from './public-comment.service';
