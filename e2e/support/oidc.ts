// The in-process OpenID Connect provider of e2e/oidc.spec.ts, and the server settings that point
// at it. It listens 10000 above the app's port (so below 32768, and apart for each engineer).

export const appPort = Number(process.env.E2E_PORT ?? 3100);
export const oidcPort = appPort + 10000;
export const oidcIssuer = `http://127.0.0.1:${oidcPort}`;

export const OIDC_CLIENTS = [
  {
    id: 'sso',
    clientId: 'vinhdanh-e2e-sso',
    clientSecret: 'bi-mat-e2e-sso',
    redirectUris: [`http://localhost:${appPort}/dang-nhap/oidc/sso/callback`],
  },
  {
    id: 'vneid',
    clientId: 'vinhdanh-e2e-vneid',
    clientSecret: 'bi-mat-e2e-vneid',
    redirectUris: [`http://localhost:${appPort}/dang-nhap/oidc/vneid/callback`],
  },
];

/** The server's environment for both providers; the discovery happens at the first login only. */
export const OIDC_SERVER_ENV: Record<string, string> = Object.fromEntries(
  OIDC_CLIENTS.flatMap((c) => {
    const p = `VINHDANH_OIDC_${c.id.toUpperCase()}_`;
    return [
      [`${p}ISSUER`, oidcIssuer],
      [`${p}CLIENT_ID`, c.clientId],
      [`${p}CLIENT_SECRET`, c.clientSecret],
      // A rotated key is fetched at the first token naming it (the spec rotates keys).
      [`${p}JWKS_COOLDOWN_SECONDS`, '0'],
    ];
  }),
);
