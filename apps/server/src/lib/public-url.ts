import type { Config } from '../config/config';

/**
 * The absolute address public links and QR codes use: PUBLIC_BASE_URL when set (behind a proxy
 * the request's own origin is the proxy's inner address), otherwise the origin of the request.
 */
export function publicBaseUrl(config: Pick<Config, 'publicBaseUrl'>, requestUrl: string): string {
  return (config.publicBaseUrl ?? new URL(requestUrl).origin).replace(/\/+$/, '');
}
