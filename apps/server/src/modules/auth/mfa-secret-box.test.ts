import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mfaKey, openMfaSecret, sealMfaSecret } from './mfa-secret-box';

const account = { tenantId: 't1', userId: 'u1' };
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vinhdanh-mfa-key-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe('TOTP secrets at rest', () => {
  it('seals with a fresh IV each time and opens only with the same key and account', () => {
    const key = mfaKey({ mfaSecret: Buffer.alloc(32, 7), dataDir: '/nonexistent' });
    const one = sealMfaSecret(key, account, SECRET);
    const two = sealMfaSecret(key, account, SECRET);
    expect(one).not.toBe(two);
    expect(openMfaSecret(key, account, one)).toBe(SECRET);
    expect(openMfaSecret(key, { ...account, userId: 'u2' }, one)).toBeNull();
    const other = mfaKey({ mfaSecret: Buffer.alloc(32, 8), dataDir: '/nonexistent' });
    expect(openMfaSecret(other, account, one)).toBeNull();
    // One character of the ciphertext changed (chosen by that character: the IV is random, and a
    // choice made by the last character left the value unchanged once in 64 runs).
    const at = one.length - 2;
    const flipped = `${one.slice(0, at)}${one[at] === 'A' ? 'B' : 'A'}${one.slice(at + 1)}`;
    expect(flipped).not.toBe(one);
    expect(openMfaSecret(key, account, flipped)).toBeNull();
    // A value stored before encryption is read as it is (the migration path).
    expect(openMfaSecret(key, account, SECRET)).toBe(SECRET);
  });

  it('without VINHDANH_MFA_SECRET keeps a random key in the data folder, readable by its owner only', () => {
    const dir = tempDir();
    const key = mfaKey({ mfaSecret: undefined, dataDir: dir });
    const file = path.join(dir, 'mfa.key');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const sealed = sealMfaSecret(key, account, SECRET);
    // Another process (no cache) reads the same file and opens what this one sealed.
    const copy = path.join(tempDir(), 'data');
    fs.mkdirSync(copy);
    fs.copyFileSync(file, path.join(copy, 'mfa.key'));
    expect(openMfaSecret(mfaKey({ mfaSecret: undefined, dataDir: copy }), account, sealed)).toBe(SECRET);
    // Another data folder has another key.
    expect(openMfaSecret(mfaKey({ mfaSecret: undefined, dataDir: tempDir() }), account, sealed)).toBeNull();
  });
});
