// The platform's one upload path (see upload.ts) and the content check behind it (file-kind.ts).
export { ALL_UPLOAD_KINDS, detectUploadKind, UPLOAD_KINDS, type UploadKind } from './file-kind';
export {
  type CheckedUpload,
  checkUpload,
  servedFileHeaders,
  storeUpload,
  type UploadEndpoint,
  uploadBodyLimit,
  uploadEndpoint,
  uploadNameField,
} from './upload';
