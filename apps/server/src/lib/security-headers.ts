import { randomBytes } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { Config } from '../config/config';
import type { AppEnv } from './context';

/** Only the origins the policy names may load script, style, frames and connections. */
export type CspOptions = {
  /**
   * The origin of a local signing plug-in (the VGCA/Ban Cơ yếu service on the officer's machine,
   * e.g. http://127.0.0.1:8987): the console calls it from the browser, so connect-src names it.
   */
  signingPluginOrigin?: string | undefined;
};

/**
 * The per-response nonce: every inline or bundled script and style that the server writes into
 * HTML carries it, and the policy allows no other inline script. Drawn on first use, by the page
 * that writes it; a response that never asks for one gets a policy without a nonce.
 */
export function cspNonce(c: Context<AppEnv>): string {
  let nonce = c.get('cspNonce');
  if (!nonce) {
    nonce = randomBytes(16).toString('base64');
    c.set('cspNonce', nonce);
  }
  return nonce;
}

export function contentSecurityPolicy(nonce: string | undefined, options: CspOptions = {}): string {
  const connect = ["'self'", options.signingPluginOrigin].filter(Boolean).join(' ');
  // A response that wrote no inline script or style (every API answer) allows none at all.
  const inline = nonce ? ` 'nonce-${nonce}'` : '';
  return [
    "default-src 'self'",
    // No 'unsafe-inline': a script runs only from this origin or with this response's nonce.
    `script-src 'self'${inline}`,
    // Mantine writes its CSS variables into <style> tags, which carry the nonce (getStyleNonce).
    `style-src 'self'${inline}`,
    // Photos and QR codes come as data: URLs; downloads and PDF previews as blob: URLs.
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    // The console shows its own PDFs in a frame; nobody else may frame any page.
    "frame-src 'self' blob:",
    "frame-ancestors 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * A PDF opened in the browser (dossier files, decisions, certificates): Chrome shows it through an
 * internal <embed> with inline styles in a page it writes itself, and the page's policy applies
 * there, so `object-src 'none'` (or any style or default restriction) leaves it blank
 * (crbug.com/271452). A PDF runs no script of ours; framing stays limited to this origin.
 */
export const PDF_CSP = "frame-ancestors 'self'";

const isPdf = (headers: Headers) =>
  (headers.get('content-type') ?? '').toLowerCase().startsWith('application/pdf');

/** HTTPS as the client saw it: the URL itself, or the trusted proxy's X-Forwarded-Proto. */
export function isSecureRequest(c: Context, trustProxy: boolean): boolean {
  // The request URL is absolute and its scheme lower-case (WHATWG URL), so no parse is needed.
  if (c.req.url.startsWith('https:')) return true;
  if (!trustProxy) return false;
  // Each proxy appends its hop; the first value is what the outermost proxy received.
  const proto = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim();
  return proto === 'https';
}

/**
 * Headers on every response (TCVN 11930 level 3): the Content-Security-Policy with a fresh nonce,
 * nosniff, a referrer policy that sends no path (paths name people and decisions) to other sites,
 * framing by this origin only, and HSTS once the request came over HTTPS. API answers carry
 * personal data, so no browser or proxy may keep them: `Cache-Control: no-store` unless the route
 * chose otherwise.
 */
export function securityHeaders(
  config: Pick<Config, 'trustProxy' | 'signingPluginOrigin'>,
): MiddlewareHandler<AppEnv> {
  const options = { signingPluginOrigin: config.signingPluginOrigin };
  // The policy of a response without a nonce is the same every time (issue 19: a nonce drawn and a
  // policy built for every API answer cost ~2% of a read's CPU).
  const withoutNonce = contentSecurityPolicy(undefined, options);
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    // Only a page that wrote the nonce into its HTML (serve-web.ts, through cspNonce) names it.
    const nonce = c.get('cspNonce');
    headers.set(
      'Content-Security-Policy',
      isPdf(headers) ? PDF_CSP : nonce ? contentSecurityPolicy(nonce, options) : withoutNonce,
    );
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
    // For browsers without frame-ancestors; SAMEORIGIN keeps the console's own PDF frames.
    headers.set('X-Frame-Options', 'SAMEORIGIN');
    headers.set('Cross-Origin-Opener-Policy', 'same-origin');
    headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
    if (isSecureRequest(c, config.trustProxy)) {
      headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    }
    if (c.req.path.startsWith('/api/') && !headers.has('Cache-Control')) {
      headers.set('Cache-Control', 'no-store');
    }
  };
}
