// What other modules use of auth: its public surface; no other module imports its repositories.
export { deleteUserSessions } from './auth.repository';
export { SESSION_COOKIE } from './auth.routes';
export { logout, resolveSession, startProviderSession } from './auth.service';
export { mfaKey } from './mfa-secret-box';
export { argon2Hasher, hashPassword } from './password';
export { assertStrongPassword } from './password-policy';
export { forgetTenantSessions, forgetUserSessions } from './session-cache';
