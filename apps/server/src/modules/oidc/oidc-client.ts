import { createRemoteJWKSet, errors as joseErrors, jwtVerify } from 'jose';
import * as client from 'openid-client';
import { isLoopback, type OidcProviderConfig } from '../../config/oidc-config';
import { AppError } from '../../lib/errors';

// The relying-party side of OpenID Connect, on openid-client (docs/decisions/). openid-client
// checks the authorization response (state, iss), sends the PKCE verifier, and checks the ID
// token's claims (iss, aud, exp, nonce). It does not check the ID token's signature (it came
// straight from the token endpoint over TLS), and when asked to it refetches an unknown key at
// most once a minute; so the signature is checked here, with jose's remote key set, which
// downloads the provider's keys again as soon as a token names a key it has not seen (at most
// once per cooldown). A token signed by a key the provider does not publish is refused.

type Connected = {
  config: client.Configuration;
  keys: ReturnType<typeof createRemoteJWKSet>;
};

const connections = new Map<string, Promise<Connected>>();

/** Discovery once per provider and process; a failed discovery is tried again next time. */
export function connect(provider: OidcProviderConfig): Promise<Connected> {
  const key = `${provider.issuer}|${provider.clientId}|${provider.jwksCooldownMs}`;
  let found = connections.get(key);
  if (!found) {
    found = discover(provider);
    found.catch(() => connections.delete(key));
    connections.set(key, found);
  }
  return found;
}

async function discover(provider: OidcProviderConfig): Promise<Connected> {
  try {
    const config = await client.discovery(
      new URL(provider.issuer),
      provider.clientId,
      { client_secret: provider.clientSecret },
      client.ClientSecretBasic(provider.clientSecret),
      // Plain http only to a provider on this machine (config/oidc-config.ts refuses any other).
      { execute: isLoopback(provider.issuer) ? [client.allowInsecureRequests] : [], timeout: 10 },
    );
    const jwksUri = config.serverMetadata().jwks_uri;
    if (!jwksUri) throw new Error('the provider publishes no jwks_uri');
    const keys = createRemoteJWKSet(new URL(jwksUri), {
      cooldownDuration: provider.jwksCooldownMs,
      timeoutDuration: 10_000,
    });
    return { config, keys };
  } catch (e) {
    throw new AppError('OIDC_PROVIDER_UNAVAILABLE', undefined, undefined, { cause: e });
  }
}

export type LoginChecks = { state: string; nonce: string; codeVerifier: string };

export async function authorizationUrl(
  provider: OidcProviderConfig,
  redirectUri: string,
  checks: LoginChecks,
): Promise<string> {
  const { config } = await connect(provider);
  return client
    .buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: 'openid profile',
      response_type: 'code',
      state: checks.state,
      nonce: checks.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: 'S256',
    })
    .toString();
}

export type ProviderClaims = { sub: string } & Record<string, unknown>;

/**
 * Trades the code for tokens, checks everything, and returns the claims of the ID token merged
 * with the UserInfo answer (a provider may give the citizen ID in either).
 */
export async function redeemCode(
  provider: OidcProviderConfig,
  callbackUrl: URL,
  checks: LoginChecks,
): Promise<ProviderClaims> {
  const { config, keys } = await connect(provider);
  let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
  try {
    tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      pkceCodeVerifier: checks.codeVerifier,
      idTokenExpected: true,
    });
  } catch (e) {
    throw classify(e);
  }
  const idToken = tokens.id_token;
  if (!idToken) throw new AppError('OIDC_TOKEN_INVALID');
  try {
    await jwtVerify(idToken, keys, { issuer: config.serverMetadata().issuer, audience: provider.clientId });
  } catch (e) {
    if (e instanceof joseErrors.JWKSNoMatchingKey) {
      throw new AppError('OIDC_SIGNING_KEY_UNKNOWN', undefined, undefined, { cause: e });
    }
    throw new AppError('OIDC_TOKEN_INVALID', undefined, undefined, { cause: e });
  }
  const claims = tokens.claims();
  if (!claims) throw new AppError('OIDC_TOKEN_INVALID');
  let userInfo: Record<string, unknown> = {};
  if (config.serverMetadata().userinfo_endpoint) {
    try {
      userInfo = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
    } catch (e) {
      throw classify(e);
    }
  }
  return { ...userInfo, ...claims, sub: claims.sub };
}

/** A library error as one of our stable codes. */
function classify(e: unknown): AppError {
  if (e instanceof AppError) return e;
  const err = e as { code?: string; error?: string; cause?: unknown };
  const opts = { cause: e };
  if (err.error === 'invalid_grant') return new AppError('OIDC_CODE_REJECTED', undefined, undefined, opts);
  if (err.code === 'OAUTH_AUTHORIZATION_RESPONSE_ERROR') {
    return new AppError('OIDC_DENIED', undefined, undefined, opts);
  }
  if (claimOf(e) === 'nonce') return new AppError('OIDC_NONCE_MISMATCH', undefined, undefined, opts);
  if (claimOf(e) === 'state' || /state/i.test(String((e as Error)?.message ?? ''))) {
    return new AppError('OIDC_STATE_INVALID', undefined, undefined, opts);
  }
  if (err.code === 'OAUTH_RESPONSE_BODY_ERROR' || err.code === 'OAUTH_RESPONSE_IS_NOT_CONFORM') {
    return new AppError('OIDC_PROVIDER_UNAVAILABLE', undefined, undefined, opts);
  }
  if (e instanceof TypeError && /fetch/i.test(e.message)) {
    return new AppError('OIDC_PROVIDER_UNAVAILABLE', undefined, undefined, opts);
  }
  return new AppError('OIDC_TOKEN_INVALID', undefined, undefined, opts);
}

/** The claim a failed comparison was about, found down the chain of causes. */
function claimOf(e: unknown): string | undefined {
  let cur: unknown = e;
  for (let i = 0; i < 5 && cur && typeof cur === 'object'; i += 1) {
    const claim = (cur as { claim?: unknown }).claim;
    if (typeof claim === 'string') return claim;
    cur = (cur as { cause?: unknown }).cause;
  }
  return undefined;
}
