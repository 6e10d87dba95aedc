// What other modules use of the exchange between levels: the package format and its sealing.
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
