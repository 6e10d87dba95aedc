import https from 'node:https';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { tenant } from '../../db/schema/index';
import { importPackage } from './exchange-import';
import type { PackageEnvelope } from './package-format';

// How a sealed package reaches the other level. Every transport is called by the outbox handler
// (exchange-handler.ts), so every send is retried the same way; a transport throws to mean "try
// again later". The receiver drops a repeat by (package id, version), so a retry after a delivery
// whose answer was lost does no harm.

export type TransportName = 'SAME_DEPLOYMENT' | 'HTTPS' | 'FILE';

export type PackageTransport = {
  name: TransportName;
  /** Delivers the package; the outbox message id goes along as the idempotency key where the wire has one. */
  deliver(envelope: PackageEnvelope, messageId: string): Promise<void>;
};

/** Another tenant of this deployment (a national or ministry tenant): imported in its own transaction. */
export function sameDeploymentTransport(db: Db, dataDir: string, recipientId: string): PackageTransport {
  return {
    name: 'SAME_DEPLOYMENT',
    async deliver(envelope) {
      await importPackage(db, dataDir, recipientId, envelope, { via: 'SAME_DEPLOYMENT' });
    },
  };
}

/** Mutual TLS settings for one connected tenant on another deployment (PEM text). */
export type HttpsPeer = {
  /** The receiving deployment's inbox, e.g. https://tdkt.example.gov.vn:8443/inbox. */
  url: string;
  /** This tenant's client certificate and key for that peer: one pair per connected tenant. */
  cert: string;
  key: string;
  /** The CA that issued the peer's server certificate. */
  ca: string;
  timeoutMs?: number;
};

/** HTTPS to another deployment's inbox (exchange-inbox.ts), authenticated both ways by certificates. */
export function httpsTransport(peer: HttpsPeer): PackageTransport {
  return {
    name: 'HTTPS',
    deliver(envelope, messageId) {
      const body = Buffer.from(JSON.stringify(envelope), 'utf8');
      return new Promise<void>((resolve, reject) => {
        const req = https.request(
          peer.url,
          {
            method: 'POST',
            cert: peer.cert,
            key: peer.key,
            ca: peer.ca,
            headers: {
              'content-type': 'application/json; charset=utf-8',
              'content-length': body.byteLength,
              'idempotency-key': messageId,
            },
            timeout: peer.timeoutMs ?? 60_000,
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => {
              const text = Buffer.concat(chunks).toString('utf8').slice(0, 300);
              if (res.statusCode && res.statusCode >= 200 && res.statusCode < 300) resolve();
              else reject(new Error(`Nơi nhận trả HTTP ${res.statusCode}: ${text}`));
            });
          },
        );
        req.on('timeout', () => req.destroy(new Error('Hết thời gian chờ nơi nhận gói hồ sơ')));
        req.on('error', reject);
        req.end(body);
      });
    },
  };
}

/**
 * The paper or e-mail route: nothing goes on the wire; the package becomes downloadable
 * (GET /api/exchange/outgoing/{id}/file) and the receiver uploads it.
 */
export const fileTransport: PackageTransport = { name: 'FILE', async deliver() {} };

/**
 * The default choice for a recipient: a tenant of this deployment, else a configured HTTPS peer,
 * else the downloadable file.
 */
export function defaultTransportFor(
  db: Db,
  dataDir: string,
  httpsPeers: Record<string, HttpsPeer> = {},
): (recipientCode: string) => Promise<PackageTransport> {
  return async (recipientCode) => {
    const [local] = await db
      .select({ id: tenant.tenantId })
      .from(tenant)
      .where(eq(tenant.code, recipientCode));
    if (local) return sameDeploymentTransport(db, dataDir, local.id);
    const peer = httpsPeers[recipientCode];
    return peer ? httpsTransport(peer) : fileTransport;
  };
}
