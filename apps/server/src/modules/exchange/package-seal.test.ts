import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../lib/storage';
import { throwawayCa } from '../../test/throwaway-ca';
import { cadesDetachedSignature, loadPkcs12 } from '../signing/index';
import { packageJsonSchemas } from './package-format';
import { sampleDossierManifest } from './package-samples';
import { openPackage, sealPackage } from './package-seal';

// The package format (docs/interop.md): the published schemas are the code's, a sealed package
// opens, and a changed manifest, a changed or missing file, or another signer's claim is refused.

const schemaDir = path.resolve(import.meta.dirname, '../../../../../docs/schemas');

it('the published JSON Schemas of the package are the ones the code validates with', () => {
  for (const [name, schema] of Object.entries(packageJsonSchemas()))
    expect(JSON.parse(fs.readFileSync(path.join(schemaDir, name), 'utf8'))).toEqual(schema);
});

describe('sealed package', () => {
  const ca = throwawayCa('UBND tinh Son Ha');
  afterAll(() => ca.cleanup());
  const file = new Uint8Array(Buffer.from('%PDF-1.7 tờ trình'));
  const parties = {
    sender: { code: 'SONHA', name: 'Tỉnh Sơn Hà' },
    recipient: { code: 'VN-BNV', name: 'Bộ Nội vụ' },
    file,
  };
  const seal = async () =>
    sealPackage(
      sampleDossierManifest(parties),
      [file],
      await loadPkcs12(fs.readFileSync(ca.p12File), ca.password),
    );

  it('opens with the sender certificate named and the files by SHA-256', async () => {
    const envelope = await seal();
    const opened = await openPackage(JSON.parse(JSON.stringify(envelope)));
    expect(opened.manifest.sender.certificateSha256).toBe(opened.signerCertificateSha256);
    expect(opened.signerName).toBe('UBND tinh Son Ha');
    expect([...opened.files.values()]).toEqual([file]);
    const { manifest } = opened;
    if (manifest.kind !== 'DOSSIER') throw new Error('a DOSSIER was sealed');
    expect(manifest.dossier.items[0]?.verdict?.reasons[0]?.citation).toContain('Điều 71');
    expect(manifest.dossier.items[0]?.evidence?.history.subject.type).toBe('individual');
  });

  it('refuses a manifest changed after signing', async () => {
    const envelope = await seal();
    const changed = { ...envelope, manifest: envelope.manifest.replace('Nguyễn Văn An', 'Nguyễn Văn Ân') };
    await expect(openPackage(changed)).rejects.toMatchObject({ code: 'PACKAGE_SIGNATURE_INVALID' });
  });

  it('refuses a changed, missing or extra file', async () => {
    const envelope = await seal();
    const [sha] = Object.keys(envelope.files);
    const other = Buffer.from('khác').toString('base64');
    await expect(openPackage({ ...envelope, files: { [sha as string]: other } })).rejects.toMatchObject({
      code: 'PACKAGE_FILE_MISMATCH',
    });
    await expect(openPackage({ ...envelope, files: {} })).rejects.toMatchObject({
      code: 'PACKAGE_FILE_MISMATCH',
    });
    const extra = Buffer.from('thừa');
    await expect(
      openPackage({
        ...envelope,
        files: { ...envelope.files, [sha256Hex(extra)]: extra.toString('base64') },
      }),
    ).rejects.toMatchObject({ code: 'PACKAGE_FILE_MISMATCH' });
  });

  it('refuses a package signed by a certificate other than the one its manifest names', async () => {
    const envelope = await seal();
    const other = await loadPkcs12(fs.readFileSync(ca.otherP12File), ca.password);
    const forged = {
      ...envelope,
      signature: (await cadesDetachedSignature(Buffer.from(envelope.manifest), other)).toString('base64'),
    };
    await expect(openPackage(forged)).rejects.toMatchObject({ code: 'PACKAGE_SIGNATURE_INVALID' });
    await expect(openPackage({ format: 'x' })).rejects.toMatchObject({ code: 'PACKAGE_INVALID' });
  });
});
