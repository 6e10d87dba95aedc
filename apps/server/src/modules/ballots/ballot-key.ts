import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

// Keys of the sealed ballot box. A box's key is derived (HKDF-SHA-256) from the server's ballot
// secret and a random salt of the box. The salt lives in the database (ballot_box_key) and is
// deleted at close; the secret never enters the database. So the database alone — its files, a
// backup, the WAL — never holds a key, and once a box is closed its key cannot be derived again
// even by someone who later learns the secret. Why derived rather than a key in memory per open
// box: with VINHDANH_BALLOT_SECRET set, a restart during a session keeps the ballots cast (see
// docs/security.md).

let secret: Buffer = randomBytes(32);

/**
 * The server's ballot secret (VINHDANH_BALLOT_SECRET). Unset, each process draws its own at start
 * and keeps it in memory only: ballots sealed before a restart can then not be opened
 * (BALLOT_SEAL_LOST at close, and the box is emptied so the members vote again).
 */
export function useBallotSecret(value: Buffer | undefined) {
  if (value) secret = value;
}

export const newSalt = () => randomBytes(32).toString('base64');

const boxKey = (salt: string, tenantId: string, boxId: string) =>
  Buffer.from(
    hkdfSync('sha256', secret, Buffer.from(salt, 'base64'), `vinhdanh-ballot:${tenantId}:${boxId}`, 32),
  );

// Every plaintext is padded to one length, so the size of a sealed row says nothing about the
// choice ('YES' and 'ABSTAIN', or two candidates' ids, seal to the same number of bytes).
const PLAIN_BYTES = 64;

const aad = (tenantId: string, boxId: string, questionId: string) =>
  Buffer.from(`${tenantId}:${boxId}:${questionId}`);

export type SealContext = { tenantId: string; boxId: string; salt: string };

/** Seals one choice for one question of the box (AES-256-GCM, random IV, bound to the question). */
export function seal(box: SealContext, questionId: string, choice: string): string {
  const plain = Buffer.alloc(PLAIN_BYTES);
  const bytes = Buffer.from(choice, 'utf8');
  if (bytes.length >= PLAIN_BYTES) throw new Error('choice too long to seal');
  plain[0] = bytes.length;
  bytes.copy(plain, 1);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', boxKey(box.salt, box.tenantId, box.boxId), iv);
  cipher.setAAD(aad(box.tenantId, box.boxId, questionId));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

/** Opens a sealed choice; null when it cannot be opened (another secret, or altered). */
export function open(box: SealContext, questionId: string, sealed: string): string | null {
  try {
    const raw = Buffer.from(sealed, 'base64');
    const decipher = createDecipheriv(
      'aes-256-gcm',
      boxKey(box.salt, box.tenantId, box.boxId),
      raw.subarray(0, 12),
    );
    decipher.setAAD(aad(box.tenantId, box.boxId, questionId));
    decipher.setAuthTag(raw.subarray(12, 28));
    const plain = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
    const n = plain[0] ?? 0;
    return plain.subarray(1, 1 + n).toString('utf8');
  } catch {
    return null;
  }
}
