import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config/config';

// TOTP secrets at rest (docs/security.md, "Second factor"): AES-256-GCM with a key derived by
// HKDF-SHA-256 from VINHDANH_MFA_SECRET, or, when that is unset, from a random key file
// `mfa.key` created in the data folder. Either way the key is not in the database: a dump, a
// backup or a stolen disk of the database alone gives no secret that generates codes.
// Each secret is bound to its account (tenant and user id as additional data), so a ciphertext
// copied onto another account's row does not open.

const PREFIX = 'v1:';
const KEY_FILE = 'mfa.key';

export type MfaKey = Buffer;

const derive = (material: Buffer) =>
  Buffer.from(hkdfSync('sha256', material, Buffer.alloc(0), 'vinhdanh-mfa-secret:v1', 32));

/**
 * The key file is created once, atomically (written aside, then hard-linked into place, which
 * fails when another process won the race), with mode 0600, and read by every later start.
 */
function keyFileMaterial(dataDir: string): Buffer {
  const file = path.join(dataDir, KEY_FILE);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    fs.writeFileSync(temp, randomBytes(32).toString('base64'), { mode: 0o600 });
    try {
      fs.linkSync(temp, file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    } finally {
      fs.rmSync(temp, { force: true });
    }
  }
  const material = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  if (material.length < 32) throw new Error(`${file}: khóa mã hóa bí mật xác thực hai lớp bị hỏng`);
  return material;
}

const cache = new Map<string, MfaKey>();

/** The key for this configuration: from VINHDANH_MFA_SECRET, else from the data folder's key file. */
export function mfaKey(config: Pick<Config, 'mfaSecret' | 'dataDir'>): MfaKey {
  if (config.mfaSecret) return derive(config.mfaSecret);
  const cached = cache.get(config.dataDir);
  if (cached) return cached;
  const key = derive(keyFileMaterial(config.dataDir));
  cache.set(config.dataDir, key);
  return key;
}

export type Account = { tenantId: string; userId: string };
const aad = (a: Account) => Buffer.from(`vinhdanh-mfa:${a.tenantId}:${a.userId}`);

/** `v1:` + base64url(IV ‖ tag ‖ ciphertext). */
export function sealMfaSecret(key: MfaKey, account: Account, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad(account));
  const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

export const isSealed = (stored: string) => stored.startsWith(PREFIX);

/**
 * The secret, or null when it cannot be opened (the key changed, or the row was tampered with).
 * A value without the prefix is a secret stored before encryption, read as it is until the start-up
 * pass (`sealLegacyMfaSecrets`) seals it.
 */
export function openMfaSecret(key: MfaKey, account: Account, stored: string): string | null {
  if (!isSealed(stored)) return stored;
  try {
    const raw = Buffer.from(stored.slice(PREFIX.length), 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAAD(aad(account));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
