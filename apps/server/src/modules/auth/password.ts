import { hash, verify } from '@node-rs/argon2';

// argon2id with the library's defaults (19 MiB, 2 passes): OWASP's baseline.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verified against when the user does not exist, so timing does not reveal usernames.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hash('không-có-tài-khoản-này');
  return dummyHash;
}

/**
 * What login needs from password hashing. Injected through Deps so a test can count the
 * password checks (the lockout must bound them) and see the dummy check for unknown usernames.
 */
export type PasswordHasher = {
  hash(password: string): Promise<string>;
  verify(passwordHash: string, password: string): Promise<boolean>;
  /** A hash of no one's password, checked for unknown usernames. */
  dummyHash(): Promise<string>;
};

export const argon2Hasher: PasswordHasher = {
  hash: hashPassword,
  verify: verifyPassword,
  dummyHash: dummyPasswordHash,
};
