import QRCode from 'qrcode';
import { authorizeSelf } from '../../lib/access';
import type { Deps, RequestContext, SessionInfo } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { processTotpClock } from '../../lib/totp-clock';
import { appendAudit } from '../../platform/audit/append-audit';
import { clearFailedLogins, deleteSession, deleteUserSessions, reserveLoginAttempt } from './auth.repository';
import { LOCKOUT_MS, MAX_FAILED_ATTEMPTS } from './auth.service';
import {
  claimRecoveryCode,
  claimTotpStep,
  enableUserMfa,
  findUserMfa,
  markSessionMfaVerified,
  setPendingSecret,
} from './mfa.repository';
import { mfaKey, openMfaSecret, sealMfaSecret } from './mfa-secret-box';
import { forgetSession, forgetUserSessions } from './session-cache';
import {
  checkTotp,
  hashRecoveryCode,
  looksLikeRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  totpUri,
} from './totp';

const nowMs = (deps: Deps) => (deps.totpClock ?? processTotpClock).now();

/** Opens a stored (encrypted) secret; one the server's key no longer opens needs an admin reset. */
function openSecret(deps: Deps, ctx: RequestContext, stored: string) {
  const secret = openMfaSecret(mfaKey(deps.config), ctx.actor, stored);
  if (secret === null) throw new AppError('MFA_SECRET_UNREADABLE');
  return secret;
}

function audit(deps: Deps, ctx: RequestContext, action: string) {
  return deps.db.transaction((tx) =>
    appendAudit(tx, {
      tenantId: ctx.actor.tenantId,
      actorId: ctx.actor.userId,
      action,
      entityType: 'user',
      entityId: ctx.actor.userId,
      requestId: ctx.requestId,
    }),
  );
}

/**
 * The second step of a login: a TOTP code or one recovery code. Each try counts against the same
 * lockout as passwords (5 failures lock the account for 5 minutes), so the 10^6 codes cannot be
 * guessed; at the lock the half-open session is ended and the password must be given again.
 */
export async function verifyMfa(deps: Deps, ctx: RequestContext, session: SessionInfo, code: string) {
  const { tenantId, userId } = authorizeSelf(ctx);
  if (!session.mfaPending) return { ok: true as const, recoveryCodesLeft: null };
  const user = await findUserMfa(deps.db, tenantId, userId);
  if (!user?.mfaSecret) throw new AppError('MFA_CODE_INVALID');
  const attempt = await reserveLoginAttempt(
    deps.db,
    tenantId,
    userId,
    new Date(),
    MAX_FAILED_ATTEMPTS,
    LOCKOUT_MS,
  );
  if (!attempt) {
    await deleteSession(deps.db, tenantId, session.tokenHash);
    forgetSession(session.tokenHash);
    throw new AppError('ACCOUNT_LOCKED');
  }
  let accepted = false;
  let byRecovery = false;
  if (looksLikeRecoveryCode(code)) {
    byRecovery = true;
    accepted = await claimRecoveryCode(deps.db, tenantId, userId, hashRecoveryCode(code));
  } else {
    const secret = openSecret(deps, ctx, user.mfaSecret);
    const step = checkTotp(secret, code.trim(), nowMs(deps), user.mfaLastStep);
    accepted = step !== null && (await claimTotpStep(deps.db, tenantId, userId, step));
  }
  if (!accepted) {
    const locked = attempt.lockedUntil !== null;
    await audit(deps, ctx, locked ? 'auth.locked' : 'auth.mfaFailed');
    if (locked) {
      await deleteSession(deps.db, tenantId, session.tokenHash);
      forgetSession(session.tokenHash);
      throw new AppError('ACCOUNT_LOCKED');
    }
    throw new AppError('MFA_CODE_INVALID');
  }
  await deps.db.transaction(async (tx) => {
    await clearFailedLogins(tx, tenantId, userId);
    await markSessionMfaVerified(tx, tenantId, session.tokenHash);
    await appendAudit(tx, {
      tenantId,
      actorId: userId,
      action: byRecovery ? 'auth.mfaRecoveryCodeUsed' : 'auth.mfaVerified',
      entityType: 'user',
      entityId: userId,
      requestId: ctx.requestId,
    });
  });
  forgetSession(session.tokenHash);
  return { ok: true as const, recoveryCodesLeft: byRecovery ? user.recoveryLeft - 1 : null };
}

/** Enrolment, step 1: a new secret, shown as a QR code and as text, until a code confirms it. */
export async function startMfaEnrolment(deps: Deps, ctx: RequestContext) {
  const { tenantId, userId } = authorizeSelf(ctx);
  const user = await findUserMfa(deps.db, tenantId, userId);
  if (!user) throw new AppError('UNAUTHENTICATED');
  if (user.mfaEnabledAt) throw new AppError('MFA_ALREADY_ENABLED');
  const secret = newTotpSecret();
  await setPendingSecret(deps.db, tenantId, userId, sealMfaSecret(mfaKey(deps.config), ctx.actor, secret));
  const uri = totpUri(secret, user.username);
  const qrDataUrl = await QRCode.toDataURL(uri, { errorCorrectionLevel: 'M', margin: 2, width: 240 });
  return { secret, otpauthUri: uri, qrDataUrl };
}

/**
 * Enrolment, step 2: the first code from the app proves it holds the secret. The recovery codes
 * are returned this once (only their hashes are kept), and the account's other sessions, opened
 * with the password alone, end.
 */
export async function enableMfa(deps: Deps, ctx: RequestContext, session: SessionInfo, code: string) {
  const { tenantId, userId } = authorizeSelf(ctx);
  const user = await findUserMfa(deps.db, tenantId, userId);
  if (!user) throw new AppError('UNAUTHENTICATED');
  if (user.mfaEnabledAt) throw new AppError('MFA_ALREADY_ENABLED');
  if (!user.mfaPendingSecret) throw new AppError('MFA_NOT_STARTED');
  const pending = openSecret(deps, ctx, user.mfaPendingSecret);
  const step = checkTotp(pending, code.trim(), nowMs(deps), null);
  if (step === null) throw new AppError('MFA_CODE_INVALID');
  const recoveryCodes = newRecoveryCodes();
  await deps.db.transaction(async (tx) => {
    await enableUserMfa(tx, tenantId, userId, {
      secret: sealMfaSecret(mfaKey(deps.config), ctx.actor, pending),
      step,
      recoveryHashes: recoveryCodes.map(hashRecoveryCode),
      now: new Date(),
    });
    await markSessionMfaVerified(tx, tenantId, session.tokenHash);
    await deleteUserSessions(tx, tenantId, userId, session.tokenHash);
    await appendAudit(tx, {
      tenantId,
      actorId: userId,
      action: 'auth.mfaEnabled',
      entityType: 'user',
      entityId: userId,
      requestId: ctx.requestId,
    });
  });
  forgetUserSessions(tenantId, userId);
  return { recoveryCodes };
}
