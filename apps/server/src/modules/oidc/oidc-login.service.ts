import { createHash, randomBytes } from 'node:crypto';
import { isCitizen } from '@vinhdanh/domain/auth/roles';
import * as client from 'openid-client';
import { type OidcProviderConfig, oidcCallbackPath } from '../../config/oidc-config';
import type { Deps } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { startProviderSession } from '../auth/index';
import { createUserRecord, portalTenant } from '../tenants/index';
import { citizenIdDigest } from './citizen-id-digest';
import {
  findIdentityUser,
  findRootUnit,
  hasIdentityForUser,
  insertIdentity,
  insertLoginState,
  takeLoginState,
  useInvitation,
} from './oidc.repository';
import { authorizationUrl, type ProviderClaims, redeemCode } from './oidc-client';

// An OpenID Connect login, from the button to the session (docs/security.md, "Đăng nhập một lần").
// Who the subject becomes: the account it is linked to; else, with an administrator's invitation,
// the invited officer account (linked now); else, on the national identity only, a citizen
// account; else a refusal. Officer accounts are never created here.

/** How long the provider's page may take before the login must start again. */
export const LOGIN_STATE_MS = 10 * 60 * 1000;

const sha256 = (v: string) => createHash('sha256').update(v).digest('hex');

/** Invitation codes are compared without case, spaces or dashes, as people type them. */
export const normaliseInvitation = (code: string) => code.toUpperCase().replace(/[\s-]/g, '');
export const invitationHash = (code: string) => sha256(normaliseInvitation(code));

export function providerOf(deps: Deps, id: string): OidcProviderConfig {
  const provider = deps.config.oidc.find((p) => p.id === id);
  if (!provider) throw new AppError('OIDC_PROVIDER_UNKNOWN');
  return provider;
}

async function tenantOf(deps: Deps, provider: OidcProviderConfig) {
  return portalTenant(deps.db, provider.tenantCode ?? deps.config.publicTenantCode);
}

export function redirectUriOf(deps: Deps, provider: OidcProviderConfig, requestOrigin: string) {
  return (
    provider.redirectUri ?? `${deps.config.publicBaseUrl ?? requestOrigin}${oidcCallbackPath(provider.id)}`
  );
}

/** Starts a login: the checks stay in the database, the browser gets the state and the provider's URL. */
export async function startOidcLogin(
  deps: Deps,
  providerId: string,
  requestOrigin: string,
  invitation: string | undefined,
  now = new Date(),
) {
  const provider = providerOf(deps, providerId);
  const tenant = await tenantOf(deps, provider);
  const checks = {
    state: client.randomState(),
    nonce: client.randomNonce(),
    codeVerifier: client.randomPKCECodeVerifier(),
  };
  const url = await authorizationUrl(provider, redirectUriOf(deps, provider, requestOrigin), checks);
  await insertLoginState(
    deps.db,
    {
      tenantId: tenant.tenantId,
      stateHash: sha256(checks.state),
      provider: provider.id,
      nonce: checks.nonce,
      codeVerifier: checks.codeVerifier,
      invitationHash: invitation?.trim() ? invitationHash(invitation) : null,
      expiresAt: new Date(now.getTime() + LOGIN_STATE_MS),
    },
    now,
  );
  return { url, state: checks.state };
}

export type OidcLoginResult = { token: string; citizen: boolean };

/**
 * The provider's answer. The state must be the one this browser started with (its cookie) and
 * still waiting in the database; it is used up before the code is redeemed.
 */
export async function finishOidcLogin(
  deps: Deps,
  providerId: string,
  query: URLSearchParams,
  browserState: string | undefined,
  requestOrigin: string,
  requestId: string,
  now = new Date(),
): Promise<OidcLoginResult> {
  const provider = providerOf(deps, providerId);
  const tenant = await tenantOf(deps, provider);
  const state = query.get('state');
  if (!state || !browserState || state !== browserState) throw new AppError('OIDC_STATE_INVALID');
  const pending = await takeLoginState(deps.db, tenant.tenantId, sha256(state), now);
  if (!pending || pending.provider !== provider.id) throw new AppError('OIDC_STATE_INVALID');
  const callbackUrl = new URL(redirectUriOf(deps, provider, requestOrigin));
  callbackUrl.search = query.toString();
  const claims = await redeemCode(provider, callbackUrl, {
    state,
    nonce: pending.nonce,
    codeVerifier: pending.codeVerifier,
  });
  const user = await accountFor(
    deps,
    provider,
    tenant.tenantId,
    claims,
    pending.invitationHash,
    requestId,
    now,
  );
  if (user.disabledAt) throw new AppError('ACCOUNT_DISABLED');
  const token = await startProviderSession(deps, user, provider.id, requestId, now);
  return { token, citizen: isCitizen(user.roles) };
}

type Account = { id: string; tenantId: string; roles: string[]; disabledAt: Date | null };

async function accountFor(
  deps: Deps,
  provider: OidcProviderConfig,
  tenantId: string,
  claims: ProviderClaims,
  invitation: string | null,
  requestId: string,
  now: Date,
): Promise<Account> {
  const linked = await findIdentityUser(deps.db, tenantId, provider.id, claims.sub);
  if (linked) return linked;
  if (invitation) return linkInvited(deps, provider, tenantId, claims, invitation, requestId, now);
  if (provider.createsCitizens) return createCitizen(deps, provider, tenantId, claims, requestId);
  throw new AppError('OIDC_NOT_LINKED');
}

async function linkInvited(
  deps: Deps,
  provider: OidcProviderConfig,
  tenantId: string,
  claims: ProviderClaims,
  invitation: string,
  requestId: string,
  now: Date,
): Promise<Account> {
  return deps.db.transaction(async (tx) => {
    const user = await useInvitation(tx, tenantId, invitation, now);
    if (!user || isCitizen(user.roles)) throw new AppError('OIDC_INVITATION_INVALID');
    if (await hasIdentityForUser(tx, tenantId, provider.id, user.id))
      throw new AppError('OIDC_ALREADY_LINKED');
    await insertIdentity(tx, {
      tenantId,
      provider: provider.id,
      subject: claims.sub,
      userId: user.id,
      citizenId: storedCitizenId(deps, tenantId, citizenIdOf(provider, claims)),
    });
    await appendAudit(tx, {
      tenantId,
      actorId: user.id,
      action: 'auth.oidcLinked',
      entityType: 'user',
      entityId: user.id,
      after: { provider: provider.id },
      requestId,
    });
    return user;
  });
}

async function createCitizen(
  deps: Deps,
  provider: OidcProviderConfig,
  tenantId: string,
  claims: ProviderClaims,
  requestId: string,
): Promise<Account> {
  const citizenId = citizenIdOf(provider, claims);
  if (!citizenId) throw new AppError('OIDC_CLAIM_MISSING');
  const root = await findRootUnit(deps.db, tenantId);
  if (!root) throw new AppError('ORG_UNIT_NOT_FOUND');
  const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim() : 'Công dân';
  return deps.db.transaction(async (tx) => {
    const id = await createUserRecord(tx, tenantId, {
      // Nobody types it: a citizen signs in through the provider only.
      username: `congdan.${newId().replace(/-/g, '').slice(0, 16)}`,
      fullName: name.slice(0, 200),
      // Not an argon2 hash, so no password ever matches it.
      passwordHash: '!oidc',
      roles: ['CITIZEN'],
      unitId: root.id,
    });
    await insertIdentity(tx, {
      tenantId,
      provider: provider.id,
      subject: claims.sub,
      userId: id,
      citizenId: storedCitizenId(deps, tenantId, citizenId),
    });
    await appendAudit(tx, {
      tenantId,
      actorId: id,
      action: 'auth.oidcCitizenCreated',
      entityType: 'user',
      entityId: id,
      after: { provider: provider.id },
      requestId,
    });
    return { id, tenantId, roles: ['CITIZEN'], disabledAt: null };
  });
}

/** Never in clear: a keyed hash (citizen-id-digest.ts). */
const storedCitizenId = (deps: Deps, tenantId: string, citizenId: string | undefined) =>
  citizenId ? citizenIdDigest(deps.config, tenantId, citizenId) : null;

/** The citizen ID (9-digit CMND or 12-digit số định danh) from the configured claim. */
function citizenIdOf(provider: OidcProviderConfig, claims: ProviderClaims): string | undefined {
  const value = claims[provider.citizenIdClaim];
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  return /^(\d{9}|\d{12})$/.test(text) ? text : undefined;
}

/** A new invitation code: 10 characters from an alphabet without look-alikes, shown once. */
export function newInvitationCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(10);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}
