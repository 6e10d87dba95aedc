// What other modules use of oidc: its public surface (ARCHITECTURE.md, "How to add a module").
export { filingsOf } from './citizen-filings.service';
export type { SignedInCitizen } from './citizen-session';
export { MY_FILINGS_PATH, signedInCitizen, signOutCitizen } from './citizen-session';
