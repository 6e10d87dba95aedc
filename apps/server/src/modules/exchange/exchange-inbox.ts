import { createHash } from 'node:crypto';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { tenant } from '../../db/schema/index';
import { AppError, errorBody } from '../../lib/errors';
import { importPackage } from './exchange-import';

// The inbox another deployment's HTTPS transport posts to: its own TLS listener, apart from the
// web server, because it authenticates the caller by a client certificate (mutual TLS), which a
// browser-facing proxy does not pass on. Each connected tenant has its own client certificate;
// its SHA-256 names the tenant, and the package must say it comes from that tenant.
//   POST /inbox/{receiving tenant code}   body: vinhdanh-package-envelope/1
//   200 { id, duplicate } once the package is wholly stored; 4xx with the PACKAGE_* error otherwise.

export type InboxOptions = {
  db: Db;
  dataDir: string;
  /** This server's certificate and key, and the CA(s) whose client certificates are accepted (PEM). */
  key: string;
  cert: string;
  clientCa: string;
  /** SHA-256 (hex) of each connected tenant's client certificate → that tenant's code. */
  peers: Record<string, string>;
  port?: number;
  host?: string;
  maxBytes?: number;
};

function send(res: import('node:http').ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

export async function startExchangeInbox(options: InboxOptions) {
  const maxBytes = options.maxBytes ?? 200 * 1024 * 1024;
  const server = https.createServer(
    {
      key: options.key,
      cert: options.cert,
      ca: options.clientCa,
      requestCert: true,
      rejectUnauthorized: true,
    },
    (req, res) => {
      const match = /^\/inbox\/([A-Za-z0-9_-]{1,50})$/.exec(req.url ?? '');
      if (req.method !== 'POST' || !match)
        return send(res, 404, errorBody(new AppError('PACKAGE_NOT_FOUND')));
      const peer = (req.socket as TLSSocket).getPeerCertificate();
      const fingerprint = peer?.raw ? createHash('sha256').update(peer.raw).digest('hex') : '';
      const senderCode = options.peers[fingerprint];
      if (!senderCode) return send(res, 403, errorBody(new AppError('PACKAGE_UNKNOWN_SENDER')));
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (c: Buffer) => {
        size += c.byteLength;
        if (size > maxBytes) req.destroy();
        else chunks.push(c);
      });
      req.on('end', async () => {
        try {
          const [receiver] = await options.db
            .select({ id: tenant.tenantId })
            .from(tenant)
            .where(eq(tenant.code, match[1] as string));
          if (!receiver) throw new AppError('PACKAGE_WRONG_RECIPIENT');
          let body: unknown;
          try {
            body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          } catch {
            throw new AppError('PACKAGE_INVALID');
          }
          const result = await importPackage(options.db, options.dataDir, receiver.id, body, {
            via: 'HTTPS',
            senderCode,
          });
          send(res, 200, result);
        } catch (error) {
          if (error instanceof AppError) send(res, error.status, errorBody(error));
          else send(res, 500, { error: { code: 'INTERNAL', message: 'Lỗi khi nhận gói hồ sơ' } });
        }
      });
    },
  );
  // A port in use or not allowed fails the start (explained by lib/startup-failure.ts), not the process.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
