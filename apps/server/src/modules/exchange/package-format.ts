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

export const packageManifest = z.object({
  format: z.literal(PACKAGE_FORMAT),
  /** Stable across versions of one package: with `version`, the receiver's idempotency key. */
  packageId: z.uuid(),
  version: z.number().int().min(1),
  kind: z.enum(['DOSSIER']),
  createdAt: z.iso.datetime({ offset: true }),
  sender: tenantRef.extend({ certificateSha256: sha256 }),
  recipient: tenantRef,
  dossier: packageDossier,
});
export type PackageManifest = z.infer<typeof packageManifest>;

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
