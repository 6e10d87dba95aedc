// What other modules use of documents: its public surface; no other module imports its repositories.

export { awardLines, chainLines, yearLines } from './achievement-report-content';
export type { CertificateText } from './certificate-content';
export { renderCertificatesPdf } from './certificate-pdf';
export { generateDecisionCertificates } from './certificates.service';
export { loadDecisionContent } from './decision-document.service';
export { renderDocx } from './document-docx';
export type { Block, DocumentModel } from './document-model';
export { paragraph, run } from './document-model';
export { renderPdf } from './document-pdf';
export { loadDocumentSettings } from './document-settings.repository';
export { findDocumentUnit } from './document-units.repository';
export { computeDecisionMoneySummary } from './money-summary.service';
export type { Letterhead } from './nd30-blocks';
export {
  dataTable,
  dottedLine,
  letterhead,
  para,
  recipientsAndSignature,
  text,
  titleBlock,
} from './nd30-blocks';
export { nd30Section, packDocument } from './nd30-page';
export { serifFontFiles } from './pdf-fonts';
export { letterUnit } from './proposal-letter.service';
export { type RevocationContentInput, revocationDecisionContent } from './revocation-document';
