// What other modules use of signing: its public surface; no other module imports its repositories.

export type { StoredSignature, UploadVerdict } from './signature-facts';
export { checkUploadedPdf, signaturesForCode } from './signature-facts';
export { isDecisionSigned } from './signed-documents.repository';
