/**
 * The client address a rate limiter counts. Behind `hops` trusted reverse proxies it is the
 * address the outermost trusted proxy saw: the `hops`-th entry from the right of X-Forwarded-For.
 * Entries further left are written by the client itself and prove nothing, so taking the
 * left-most one (as the code once did) let anyone pick a fresh address per request.
 */
export function clientAddress(
  hops: number,
  forwarded: string | undefined,
  socket: () => string | undefined,
): string {
  if (hops > 0) {
    const chain = (forwarded ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    return chain[chain.length - hops] ?? chain[0] ?? '-';
  }
  try {
    return socket() ?? '-';
  } catch {
    return '-'; // in-process requests (tests) have no socket
  }
}
