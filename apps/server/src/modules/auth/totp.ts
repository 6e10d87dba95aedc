import { createHash, randomInt } from 'node:crypto';
import { generateSecret, generateSync, generateURI, verifySync } from 'otplib';

// TOTP (RFC 6238: SHA-1, 6 digits, 30-second steps, what every authenticator app reads) through
// otplib (docs/decisions/008-totp-otplib.md). A code is accepted for its own step and the one
// before (a phone a few seconds slow), never at or before the last step accepted for the account.

export const TOTP_PERIOD_SECONDS = 30;
const ISSUER = 'Vinh Danh';

export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

export function totpUri(secret: string, label: string): string {
  return generateURI({ issuer: ISSUER, label, secret, period: TOTP_PERIOD_SECONDS });
}

/** The code for a moment (tests, with the clock they set). */
export function totpCode(secret: string, nowMs: number): string {
  return generateSync({ secret, epoch: Math.floor(nowMs / 1000), period: TOTP_PERIOD_SECONDS });
}

/** The time step the code belongs to, or null when it is wrong or already used (replay). */
export function checkTotp(
  secret: string,
  code: string,
  nowMs: number,
  lastStep: number | null,
): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const result = verifySync({
    secret,
    token: code,
    epoch: Math.floor(nowMs / 1000),
    period: TOTP_PERIOD_SECONDS,
    epochTolerance: [TOTP_PERIOD_SECONDS, 0],
    ...(lastStep !== null ? { afterTimeStep: lastStep } : {}),
  });
  // The TOTP strategy's result carries the step; the functional API types it as HOTP's too.
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

// Recovery codes: 10 of 8 characters from an alphabet without look-alikes (0/O, 1/I/L), shown
// once, stored as sha256 (40 random bits each is beyond guessing under the login lockout).
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const RECOVERY_CODE_COUNT = 10;

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    return `${chars.slice(0, 4)}-${chars.slice(4)}`;
  });
}

/** Case, spaces and the dash do not matter when a code is typed back. */
export function hashRecoveryCode(code: string): string {
  const normal = code.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return createHash('sha256').update(normal).digest('hex');
}

export function looksLikeRecoveryCode(code: string): boolean {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '').length === 8 && !/^\d+$/.test(code.trim());
}
