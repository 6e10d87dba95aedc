// What other modules use of verification: its public surface; no other module imports its repositories.

export { VERIFY_LIMIT } from './verification.routes';
export { VERIFICATION_CODE } from './verification.schemas';
export { verifyCode } from './verification.service';
export { ensureVerifications, newVerificationCode } from './verification-codes.repository';
