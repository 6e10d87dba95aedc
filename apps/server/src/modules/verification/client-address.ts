/** Behind a trusted proxy the client is the first forwarded address; otherwise the socket's. */
export function clientAddress(
  trustProxy: boolean,
  forwarded: string | undefined,
  socket: () => string | undefined,
): string {
  if (trustProxy) return forwarded?.split(',')[0]?.trim() || '-';
  try {
    return socket() ?? '-';
  } catch {
    return '-'; // in-process requests (tests) have no socket
  }
}
