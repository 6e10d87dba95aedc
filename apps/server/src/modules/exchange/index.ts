// What other modules and the platform use of the exchange between levels: the package format,
// sealing, sending through the outbox, the transports and the receiving side.

export { type DossierPackageRow, outgoingEnvelope, packagesOfDossier } from './exchange-dossier-packages';
export { type ImportOrigin, type ImportResult, importPackage } from './exchange-import';
export { type InboxOptions, startExchangeInbox } from './exchange-inbox';
export { type DossierHandler, type ReceivedDossier, useDossierHandler } from './exchange-incoming';
export { type ReceivedReply, type ReplyHandler, useReplyHandler } from './exchange-replies';
export { EXCHANGE_TOPIC, exchangeHandler, queuePackage } from './exchange-send';
export {
  type DecisionManifest,
  type DossierManifest,
  ENVELOPE_FORMAT,
  manifestComponents,
  PACKAGE_FORMAT,
  type PackageEnvelope,
  type PackageKind,
  type PackageManifest,
  packageEnvelope,
  packageJsonSchemas,
  packageManifest,
  RETURN_REASON_CODES,
  type ReturnManifest,
} from './package-format';
export { type OpenedPackage, openPackage, sealPackage, type UnsealedManifest } from './package-seal';
export {
  defaultTransportFor,
  fileTransport,
  type HttpsPeer,
  httpsTransport,
  type PackageTransport,
  sameDeploymentTransport,
} from './transports';
