// What other modules use of signing: its public surface; no other module imports its repositories.
export { isDecisionSigned } from './signed-documents.repository';
