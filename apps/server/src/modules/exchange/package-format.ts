import { SUBJECT_TYPES } from '@vinhdanh/domain/rules/types';
import { z } from 'zod';

// The package a dossier travels in between levels (issue 17 item 2, docs/interop.md): a versioned
// JSON manifest, the CMS detached signature of the sending tenant's seal over the manifest's exact
// bytes, and the files the manifest lists by SHA-256. The manifest is carried as a string, never
// re-serialised, so the signed bytes are the bytes received. Published as
// docs/schemas/package-v1.schema.json (manifest) and package-envelope-v1.schema.json (the file).

export const PACKAGE_FORMAT = 'vinhdanh-package/1';
export const ENVELOPE_FORMAT = 'vinhdanh-package-envelope/1';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const tenantRef = z.object({ code: z.string().min(1).max(50), name: z.string().min(1).max(300) });

export const packageReason = z.object({
  met: z.boolean(),
  text: z.string().max(2000),
  citation: z.string().max(500),
});

/** The engine's verdict on one item at the sender, with the reasons and their legal citations. */
export const packageVerdict = z.object({
  eligible: z.boolean(),
  held: z.boolean(),
  ruleSet: z.string().max(100),
  amountVnd: z.number().int().nullable(),
  reasons: z.array(packageReason).max(200),
});

/**
 * What the sender's engine judged an item on: the subject's history (the domain's History JSON,
 * packages/domain/src/rules/types.ts) and the day it was read. The receiver re-runs its own verdict
 * on it with its own rule set.
 */
export const packageEvidence = z.object({
  history: z.looseObject({
    subject: z.looseObject({ type: z.enum(SUBJECT_TYPES) }),
  }),
  asOf: z.iso.date(),
});

export const packageItem = z.object({
  /** The item's id at the sender: the decision package that comes back answers item by item. */
  id: z.uuid(),
  subject: z.object({
    type: z.enum(['PERSON', 'COLLECTIVE', 'HOUSEHOLD']),
    name: z.string().min(1).max(300),
    unitName: z.string().max(300).nullable(),
  }),
  awardCode: z.string().min(1).max(50),
  achievement: z.string().max(20_000).nullable(),
  verdict: packageVerdict.nullable(),
  /** The sender's appraisal: the engine's position or an override with its reason. */
  appraisal: z.object({
    state: z.enum(['PENDING', 'CONFIRMED', 'OVERRIDDEN']),
    eligible: z.boolean().nullable(),
    overrideReason: z.string().max(2000).nullable(),
  }),
  council: z
    .object({
      passed: z.boolean().nullable(),
      yes: z.number().int(),
      no: z.number().int(),
      abstain: z.number().int(),
    })
    .nullable(),
  /** The history the verdict was judged on; null when the sender has none to give. */
  evidence: packageEvidence.nullable(),
});

export const packageComponent = z.object({
  /** The component's name from the rule set (tờ trình, báo cáo thành tích, biên bản họp Hội đồng…). */
  name: z.string().min(1).max(300),
  fileName: z.string().min(1).max(255),
  mediaType: z.string().min(1).max(100),
  sizeBytes: z.number().int().nonnegative(),
  sha256,
});

export const packageDossier = z.object({
  /** The proposal's id at the sender. */
  id: z.uuid(),
  kind: z.string().max(50),
  title: z.string().min(1).max(1000),
  year: z.number().int().min(1945).max(2100),
  state: z.string().max(50),
  submittingUnitName: z.string().max(300),
  items: z.array(packageItem).min(1).max(2000),
  components: z.array(packageComponent).max(200),
  /** The sender's council: its result per item is on the item; here whether it sat. */
  councilDone: z.boolean(),
});

const manifestHead = {
  format: z.literal(PACKAGE_FORMAT),
  /** Stable across versions of one package: with `version`, the receiver's idempotency key. */
  packageId: z.uuid(),
  version: z.number().int().min(1),
  createdAt: z.iso.datetime({ offset: true }),
  sender: tenantRef.extend({ certificateSha256: sha256 }),
  recipient: tenantRef,
};

/** The dossier package a reply answers: its id and the version the reply was made on. */
export const packageInReplyTo = z.object({ packageId: z.uuid(), version: z.number().int().min(1) });

export const RETURN_REASON_CODES = [
  'MISSING_COMPONENT',
  'CRITERIA_NOT_MET',
  'WRONG_INFORMATION',
  'OTHER',
] as const;

/** One reason a dossier goes back to the sender; itemId names the item it is about, if one. */
export const packageReturnReason = z.object({
  code: z.enum(RETURN_REASON_CODES),
  text: z.string().min(1).max(2000),
  itemId: z.uuid().nullable(),
});

/** The upper level's answer per item: approved or not, with the reason, and its certificate's hash. */
export const packageDecisionItem = z.object({
  itemId: z.uuid(),
  approved: z.boolean(),
  awardCode: z.string().min(1).max(50),
  reason: z.string().max(2000).nullable(),
  certificateSha256: sha256.nullable(),
});

export const packageDecision = z.object({
  number: z.string().min(1).max(100),
  signedOn: z.iso.date(),
  issuer: z.string().min(1).max(300),
  signerName: z.string().min(1).max(300),
  signerTitle: z.string().min(1).max(300),
  items: z.array(packageDecisionItem).min(1).max(2000),
});

/** A dossier going up from a child tenant to its parent. */
export const dossierManifest = z.object({
  ...manifestHead,
  kind: z.literal('DOSSIER'),
  dossier: packageDossier,
});

/** The parent sends a dossier back for the reasons listed. */
export const returnManifest = z.object({
  ...manifestHead,
  kind: z.literal('RETURN'),
  inReplyTo: packageInReplyTo,
  /** The dossier's id at the sender (packageDossier.id). */
  dossierId: z.uuid(),
  reasons: z.array(packageReturnReason).min(1).max(200),
});

/** The parent's decision on a dossier, with the signed decision PDF and a signed certificate per approved item. */
export const decisionManifest = z.object({
  ...manifestHead,
  kind: z.literal('DECISION'),
  inReplyTo: packageInReplyTo,
  dossierId: z.uuid(),
  decision: packageDecision,
  components: z.array(packageComponent).max(2001),
});

export const packageManifest = z.discriminatedUnion('kind', [
  dossierManifest,
  returnManifest,
  decisionManifest,
]);
export type PackageManifest = z.infer<typeof packageManifest>;
export type DossierManifest = z.infer<typeof dossierManifest>;
export type ReturnManifest = z.infer<typeof returnManifest>;
export type DecisionManifest = z.infer<typeof decisionManifest>;
export type PackageKind = PackageManifest['kind'];

/** The files a manifest lists, whatever its kind. */
export function manifestComponents(manifest: PackageManifest): z.infer<typeof packageComponent>[] {
  if (manifest.kind === 'DOSSIER') return manifest.dossier.components;
  if (manifest.kind === 'DECISION') return manifest.components;
  return [];
}

/** The package as one file (download, HTTPS body): the manifest's bytes, its signature and the files. */
export const packageEnvelope = z.object({
  format: z.literal(ENVELOPE_FORMAT),
  /** The manifest as signed (UTF-8 JSON text). */
  manifest: z.string().min(2).max(5_000_000),
  /** DER of a CMS ContentInfo (SignedData, detached, SHA-256), base64. */
  signature: z.base64().max(100_000),
  /** The files' bytes in base64, by SHA-256; each listed in the manifest's components. */
  files: z.record(sha256, z.base64()),
});
export type PackageEnvelope = z.infer<typeof packageEnvelope>;

/** The published JSON Schemas (docs/schemas/package-*-v1.schema.json are these, kept in step by a test). */
export function packageJsonSchemas() {
  return {
    'package-v1.schema.json': {
      $id: 'https://vinhdanh.example/schemas/package-v1.schema.json',
      title: 'Vinh Danh — bản kê gói hồ sơ gửi giữa các cấp (phiên bản 1)',
      ...z.toJSONSchema(packageManifest, { target: 'draft-2020-12' }),
    },
    'package-envelope-v1.schema.json': {
      $id: 'https://vinhdanh.example/schemas/package-envelope-v1.schema.json',
      title: 'Vinh Danh — tệp gói hồ sơ gửi giữa các cấp (phiên bản 1)',
      ...z.toJSONSchema(packageEnvelope, { target: 'draft-2020-12' }),
    },
  };
}
