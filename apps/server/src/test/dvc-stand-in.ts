import http from 'node:http';
import type { AddressInfo } from 'node:net';

// A stand-in for the national public-service portal's integration endpoint, for the contract
// tests: it records every request, answers `error_code "00"`, and can be told to fail the next
// requests in the ways a real endpoint does (an error code, an HTTP error, or a connection cut
// after it took the request in). Like the portal it keys on the sender's message id, so a repeat
// is acknowledged without being applied twice.

export type StandInRequest = {
  headers: http.IncomingHttpHeaders;
  body: { service?: string; data?: Array<Record<string, unknown>>; [k: string]: unknown };
};
export type Failure = 'ERROR_CODE' | 'HTTP_500' | 'CUT_AFTER_APPLY';

export async function startDvcStandIn() {
  const received: StandInRequest[] = [];
  /** What the portal holds after applying each distinct message once. */
  const applied: StandInRequest[] = [];
  const seen = new Set<string>();
  const failures: Failure[] = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      raw += chunk;
    });
    req.on('end', () => {
      const r: StandInRequest = { headers: req.headers, body: JSON.parse(raw) };
      received.push(r);
      const failure = failures.shift();
      if (failure === 'HTTP_500') {
        res.writeHead(500, { 'content-type': 'text/plain' }).end('Lỗi hệ thống');
        return;
      }
      if (failure === 'ERROR_CODE') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error_code: '99', message: 'Phiên làm việc hết hạn' }));
        return;
      }
      const key = String(req.headers['idempotency-key'] ?? '');
      if (!seen.has(key)) {
        seen.add(key);
        applied.push(r);
      }
      if (failure === 'CUT_AFTER_APPLY') {
        req.socket.destroy();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error_code: '00', message: 'Thành công' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/SynsTTHCC`,
    received,
    applied,
    failNext: (...f: Failure[]) => failures.push(...f),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
