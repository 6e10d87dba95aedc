// What other modules use of signing: its public surface; no other module imports its repositories.

export { cadesDetachedSignature } from './cades';
export { type DetachedCheck, verifyCadesDetached } from './cades-verify';
export { checkPdfSignature, type SignatureCheck } from './pades-verify';
export { certificateSha256, loadPkcs12, type SigningIdentity } from './pkcs12';
export { type ReceivedSignedFile, storeReceivedSignedDocuments } from './received-documents';
export { sealPdfs } from './seal-pdfs';
export type { StoredSignature, UploadVerdict } from './signature-facts';
export { checkUploadedPdf, signaturesForCode } from './signature-facts';
export { isDecisionSigned } from './signed-documents.repository';
export { loadTenantSeal } from './tenant-seal';
