import type { Actor } from '@vinhdanh/domain/auth/policy';
import type { Config } from '../config/config';
import type { Db } from '../db/client';
import type { PasswordHasher } from '../modules/auth/password';
import type { TotpClock } from './totp-clock';

export type Deps = {
  /** The primary: every write, session lookups, and reads that must see the latest state. */
  db: Db;
  /** Hot standbys for the heavy reads (DATABASE_READ_URL); routes reach them as `readDb` (lib/read-routing.ts). */
  readDb?: Db;
  config: Config;
  /** Password hashing; argon2id unless a test injects its own to observe the checks. */
  passwords?: PasswordHasher;
  /** The clock TOTP codes are checked against; tests move it on, since a code may not be reused. */
  totpClock?: TotpClock;
};

export type SessionInfo = {
  tokenHash: string;
  csrfToken: string;
  tenantId: string;
  /** Until the user picks a new password, only the routes that let them do so answer. */
  passwordChangeRequired: boolean;
  /** The account has a second factor and this session has not yet given a code. */
  mfaPending: boolean;
  /** The account's roles require a second factor it has not yet enrolled. */
  mfaEnrolmentRequired: boolean;
  /** 'password', or 'oidc:<provider>' for a session opened by an OpenID Connect login. */
  authMethod: string;
};

export type AppEnv = {
  Variables: {
    deps: Deps;
    requestId: string;
    actor: Actor | null;
    session: SessionInfo | null;
    /**
     * Where this request's heavy reads go (reports, the portal, award search, timelines): a
     * standby, or the primary for a write and for a while after one (lib/read-routing.ts). A
     * service handed it must only read.
     */
    readDb: Db;
    /** This response's Content-Security-Policy nonce (lib/security-headers.ts). */
    cspNonce?: string;
  };
};

/** What a service needs to know about the request: who acts, for audit and scope. */
export type RequestContext = { actor: Actor; requestId: string };

/** The acting user of a guarded route (the guard has already refused anonymous calls). */
export function requestContext(c: {
  get(key: 'actor'): Actor | null;
  get(key: 'requestId'): string;
}): RequestContext {
  const actor = c.get('actor');
  if (!actor) throw new Error('requestContext used on a public route');
  return { actor, requestId: c.get('requestId') };
}
