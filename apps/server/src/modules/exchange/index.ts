// What other modules and the platform use of the exchange between levels: the package format,
// sealing, sending through the outbox, the transports and the receiving side.
export { type ImportOrigin, type ImportResult, importPackage } from './exchange-import';
export { type InboxOptions, startExchangeInbox } from './exchange-inbox';
export { EXCHANGE_TOPIC, exchangeHandler, queuePackage } from './exchange-send';
export {
  ENVELOPE_FORMAT,
  PACKAGE_FORMAT,
  type PackageEnvelope,
  type PackageManifest,
  packageEnvelope,
  packageJsonSchemas,
  packageManifest,
} from './package-format';
export { type OpenedPackage, openPackage, sealPackage } from './package-seal';
export {
  defaultTransportFor,
  fileTransport,
  type HttpsPeer,
  httpsTransport,
  type PackageTransport,
  sameDeploymentTransport,
} from './transports';
