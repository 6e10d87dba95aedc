// What other modules use of documents: its public surface; no other module imports its repositories.
export { loadDocumentSettings } from './document-settings.repository';
export { findDocumentUnit } from './document-units.repository';
