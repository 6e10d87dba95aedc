import { z } from 'zod';

/**
 * The OpenID Connect providers a server may offer. Two are known: the national identity login
 * (VNeID, through the national public-service portal) and a province's own single sign-on. Each is
 * configured by environment variables with its own prefix, VINHDANH_OIDC_VNEID_* and
 * VINHDANH_OIDC_SSO_*; a provider without an issuer is off.
 */
export const OIDC_PROVIDER_IDS = ['vneid', 'sso'] as const;
export type OidcProviderId = (typeof OIDC_PROVIDER_IDS)[number];

export type OidcProviderConfig = {
  id: OidcProviderId;
  /** The button's text on the login page. */
  label: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The callback URL registered with the provider; undefined: PUBLIC_BASE_URL + the default path. */
  redirectUri: string | undefined;
  /** The claim carrying the 12-digit citizen ID (số định danh cá nhân). */
  citizenIdClaim: string;
  /** The tenant (by code) this login signs into; undefined: the portal's tenant. */
  tenantCode: string | undefined;
  /**
   * Whether an unknown subject without an invitation becomes a citizen account. True for the
   * national identity only: a province SSO is for officers, who are never created silently.
   */
  createsCitizens: boolean;
  /**
   * The shortest time between two downloads of the provider's key set when a token names a key
   * not yet seen. A rotated key is fetched at once; a flood of forged tokens cannot make the
   * server hammer the provider.
   */
  jwksCooldownMs: number;
};

const optional = z
  .string()
  .optional()
  .transform((v) => v || undefined);

const DEFAULTS: Record<OidcProviderId, { label: string; claim: string; createsCitizens: boolean }> = {
  vneid: { label: 'Đăng nhập bằng VNeID', claim: 'citizen_id', createsCitizens: true },
  sso: { label: 'Đăng nhập bằng SSO', claim: 'citizen_id', createsCitizens: false },
};

/** Reads the providers that have an issuer set; a half-configured provider stops the start. */
export function loadOidcProviders(env: NodeJS.ProcessEnv): OidcProviderConfig[] {
  const providers: OidcProviderConfig[] = [];
  for (const id of OIDC_PROVIDER_IDS) {
    const prefix = `VINHDANH_OIDC_${id.toUpperCase()}_`;
    const read = (name: string) => optional.parse(env[prefix + name]);
    const issuer = read('ISSUER');
    if (!issuer) continue;
    const clientId = read('CLIENT_ID');
    const clientSecret = read('CLIENT_SECRET');
    if (!clientId || !clientSecret) {
      throw new Error(`${prefix}CLIENT_ID và ${prefix}CLIENT_SECRET là bắt buộc khi đã đặt ${prefix}ISSUER`);
    }
    const issuerUrl = z.url({ protocol: /^https?$/ }).parse(issuer);
    if (issuerUrl.startsWith('http:') && !isLoopback(issuerUrl)) {
      throw new Error(`${prefix}ISSUER phải dùng https (http chỉ được phép với 127.0.0.1/localhost)`);
    }
    const cooldown = z.coerce.number().int().min(0).default(30).parse(read('JWKS_COOLDOWN_SECONDS'));
    providers.push({
      id,
      label: read('LABEL') ?? DEFAULTS[id].label,
      issuer: issuerUrl,
      clientId,
      clientSecret,
      redirectUri: read('REDIRECT_URL'),
      citizenIdClaim: read('CITIZEN_ID_CLAIM') ?? DEFAULTS[id].claim,
      tenantCode: read('TENANT'),
      createsCitizens: DEFAULTS[id].createsCitizens,
      jwksCooldownMs: cooldown * 1000,
    });
  }
  return providers;
}

/** Plain http is allowed only to a provider on this machine (tests, a local trial). */
export function isLoopback(url: string): boolean {
  const host = new URL(url).hostname;
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
}

/** The browser path a provider's login starts at, and the one it answers to. */
export const oidcStartPath = (id: OidcProviderId) => `/dang-nhap/oidc/${id}`;
export const oidcCallbackPath = (id: OidcProviderId) => `/dang-nhap/oidc/${id}/callback`;
