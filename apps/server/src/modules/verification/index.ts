// What other modules use of verification: its public surface; no other module imports its repositories.
export { ensureVerifications, newVerificationCode } from './verification-codes.repository';
