import fs from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { afterAll, expect, it } from 'vitest';
import { exchangePackage, incomingDossier, outboxMessage, recordFile, tenant } from '../../db/schema/index';
import { pollTenant } from '../../platform/outbox/outbox';
import { describeEngines } from '../../test/engines';
import { testConfig } from '../../test/test-config';
import { throwawayCa } from '../../test/throwaway-ca';
import { throwawayTlsCa } from '../../test/tls-pki';
import { loadPkcs12 } from '../signing/index';
import { createTenant } from '../tenants/tenant-setup';
import { importPackage } from './exchange-import';
import { startExchangeInbox } from './exchange-inbox';
import { EXCHANGE_TOPIC, exchangeHandler, queuePackage } from './exchange-send';
import type { PackageEnvelope } from './package-format';
import { sampleDossierManifest, sampleReturnManifest } from './package-samples';
import { sealPackage } from './package-seal';
import { fileTransport, httpsTransport, type PackageTransport, sameDeploymentTransport } from './transports';

// Issue 17's acceptance for the exchange: the same package sent twice, and over a transport that
// fails, ends as exactly one incoming dossier; a package is never half there; mutual TLS between
// deployments with a throwaway CA and a real HTTPS server; the file route.

const seal = throwawayCa('UBND tinh A');
const tls = throwawayTlsCa();
afterAll(() => {
  seal.cleanup();
  tls.cleanup();
});

describeEngines('dossier packages between levels', (env) => {
  const dataDir = testConfig().dataDir;
  let parties: {
    provinceId: string;
    province: { code: string; name: string };
    nationalId: string;
    national: { code: string; name: string };
  };

  async function setUp() {
    if (parties) return parties;
    const { db } = env().database;
    const provinceId = env().fx.tenantA;
    const [row] = await db.select().from(tenant).where(eq(tenant.tenantId, provinceId));
    const national = { code: `TW${Date.now().toString(36)}`, name: 'Trung ương (thử)' };
    const nationalId = await createTenant(db, { ...national, kind: 'NATIONAL' });
    await db.update(tenant).set({ parentTenantId: nationalId }).where(eq(tenant.tenantId, provinceId));
    parties = { provinceId, province: { code: row!.code, name: row!.name }, nationalId, national };
    return parties;
  }

  async function sealed(file = new Uint8Array(Buffer.from(`%PDF tờ trình ${Math.random()}`))) {
    const p = await setUp();
    const identity = await loadPkcs12(fs.readFileSync(seal.p12File), seal.password);
    return sealPackage(
      sampleDossierManifest({ sender: p.province, recipient: p.national, file }),
      [file],
      identity,
    );
  }

  async function incoming(packageId: string) {
    const { db } = env().database;
    const rows = await db
      .select()
      .from(exchangePackage)
      .where(
        and(
          eq(exchangePackage.tenantId, parties.nationalId),
          eq(exchangePackage.direction, 'IN'),
          eq(exchangePackage.packageId, packageId),
        ),
      );
    const files = rows[0]
      ? await db
          .select()
          .from(recordFile)
          .where(and(eq(recordFile.tenantId, parties.nationalId), eq(recordFile.recordId, rows[0].id)))
      : [];
    // The officer's view of it: the incoming dossier the import writes in the same transaction.
    const dossiers = await db
      .select()
      .from(incomingDossier)
      .where(and(eq(incomingDossier.tenantId, parties.nationalId), eq(incomingDossier.packageId, packageId)));
    return { rows, files, dossiers };
  }

  const packageIdOf = (e: PackageEnvelope) => (JSON.parse(e.manifest) as { packageId: string }).packageId;

  it('sends the same package twice and over a failing transport, and finds exactly one incoming dossier', async () => {
    const { db } = env().database;
    const p = await setUp();
    const envelope = await sealed();
    const outgoingId = await queuePackage(db, p.provinceId, envelope, { actorId: null });

    // The transport fails twice (the network), then delivers but the answer is lost (it throws
    // after the import), then delivers again: four attempts, two of which reached the receiver.
    const same = sameDeploymentTransport(db, dataDir, p.nationalId);
    let attempts = 0;
    const flaky: PackageTransport = {
      name: 'SAME_DEPLOYMENT',
      async deliver(e, id) {
        attempts += 1;
        if (attempts <= 2) throw new Error('ECONNRESET (thử)');
        await same.deliver(e, id);
        if (attempts === 3) throw new Error('mất câu trả lời (thử)');
      },
    };
    const handlers = { [EXCHANGE_TOPIC]: exchangeHandler(db, async () => flaky) };
    for (let i = 0; i < 6; i++) await pollTenant(db, p.provinceId, { handlers, backoffBaseMs: 0 });
    expect(attempts).toBe(4);
    const [message] = await db
      .select()
      .from(outboxMessage)
      .where(and(eq(outboxMessage.tenantId, p.provinceId), eq(outboxMessage.topic, EXCHANGE_TOPIC)));
    expect(message).toMatchObject({ status: 'SENT', attempts: 4 });
    const [out] = await db.select().from(exchangePackage).where(eq(exchangePackage.id, outgoingId));
    expect(out).toMatchObject({ status: 'DELIVERED', transport: 'SAME_DEPLOYMENT' });

    // The sender sends the same package again, and two copies arrive at once.
    const again = await Promise.all([
      importPackage(db, dataDir, p.nationalId, envelope, { via: 'SAME_DEPLOYMENT' }),
      importPackage(db, dataDir, p.nationalId, JSON.parse(JSON.stringify(envelope)), {
        via: 'SAME_DEPLOYMENT',
      }),
    ]);
    expect(again.map((r) => r.duplicate)).toEqual([true, true]);

    const { rows, files, dossiers } = await incoming(packageIdOf(envelope));
    expect(rows).toHaveLength(1);
    expect(files).toHaveLength(1);
    expect(dossiers).toHaveLength(1);
    expect(dossiers[0]).toMatchObject({ status: 'RECEIVED', version: 1, packageRowId: rows[0]?.id });
    expect(rows[0]).toMatchObject({ status: 'RECEIVED', peerTenantCode: p.province.code, version: 1 });
    expect(again[0]?.id).toBe(rows[0]?.id);
  });

  it('leaves nothing of a package that fails its checks, and refuses one addressed to another tenant', async () => {
    const { db } = env().database;
    const p = await setUp();
    const envelope = await sealed();
    const sha = Object.keys(envelope.files)[0] as string;
    const broken = { ...envelope, files: { [sha]: Buffer.from('hỏng').toString('base64') } };
    await expect(
      importPackage(db, dataDir, p.nationalId, broken, { via: 'SAME_DEPLOYMENT' }),
    ).rejects.toMatchObject({ code: 'PACKAGE_FILE_MISMATCH' });
    // Sent to the province by its own child? The province has no child: the sender is unknown.
    await expect(
      importPackage(db, dataDir, p.provinceId, envelope, { via: 'SAME_DEPLOYMENT' }),
    ).rejects.toMatchObject({ code: 'PACKAGE_WRONG_RECIPIENT' });
    const left = await incoming(packageIdOf(envelope));
    expect(left.rows).toHaveLength(0);
    expect(left.dossiers).toHaveLength(0);
  });

  it('a reply comes down only from the parent, a dossier goes up only from a child', async () => {
    const { db } = env().database;
    const p = await setUp();
    const identity = await loadPkcs12(fs.readFileSync(seal.p12File), seal.password);
    const dossier = await sealed();
    const asDossier = JSON.parse(dossier.manifest) as { packageId: string; dossier: { id: string } };
    const reply = (sender: typeof p.national, recipient: typeof p.national) =>
      sealPackage(
        sampleReturnManifest({
          sender,
          recipient,
          inReplyTo: { packageId: asDossier.packageId, version: 1 },
          dossierId: asDossier.dossier.id,
          itemId: null,
        }),
        [],
        identity,
      );
    const down = await reply(p.national, p.province);
    const result = await importPackage(db, dataDir, p.provinceId, down, { via: 'SAME_DEPLOYMENT' });
    expect(result.duplicate).toBe(false);
    const [row] = await db.select().from(exchangePackage).where(eq(exchangePackage.id, result.id));
    expect(row).toMatchObject({ kind: 'RETURN', direction: 'IN', peerTenantCode: p.national.code });

    // A "reply" from the child, and a dossier from the parent, are refused on every local route.
    const up = await reply(p.province, p.national);
    await expect(
      importPackage(db, dataDir, p.nationalId, up, { via: 'SAME_DEPLOYMENT' }),
    ).rejects.toMatchObject({ code: 'PACKAGE_UNKNOWN_SENDER' });
    const file = new Uint8Array(Buffer.from('%PDF ngược'));
    const downDossier = await sealPackage(
      sampleDossierManifest({ sender: p.national, recipient: p.province, file }),
      [file],
      identity,
    );
    for (const origin of [{ via: 'SAME_DEPLOYMENT' }, { via: 'FILE', actorId: null }] as const)
      await expect(importPackage(db, dataDir, p.provinceId, downDossier, origin)).rejects.toMatchObject({
        code: 'PACKAGE_UNKNOWN_SENDER',
      });
  });

  it('delivers over HTTPS with mutual TLS: the connected tenant once, a stranger never', async () => {
    const { db } = env().database;
    const p = await setUp();
    const server = tls.server();
    const provinceClient = tls.client(`vinhdanh ${p.province.code}`);
    const stranger = tls.client('khong ket noi');
    const inbox = await startExchangeInbox({
      db,
      dataDir,
      key: server.key,
      cert: server.cert,
      clientCa: tls.caPem,
      peers: { [provinceClient.sha256]: p.province.code },
    });
    try {
      const url = `https://127.0.0.1:${inbox.port}/inbox/${p.national.code}`;
      const envelope = await sealed();
      const viaHttps = httpsTransport({
        url,
        cert: provinceClient.cert,
        key: provinceClient.key,
        ca: tls.caPem,
      });
      await viaHttps.deliver(envelope, 'm1');
      await viaHttps.deliver(envelope, 'm1');
      expect((await incoming(packageIdOf(envelope))).rows).toHaveLength(1);

      const other = await sealed();
      await expect(
        httpsTransport({ url, cert: stranger.cert, key: stranger.key, ca: tls.caPem }).deliver(other, 'm2'),
      ).rejects.toThrow(/403/);
      // No client certificate at all: the TLS handshake itself is refused.
      await expect(
        httpsTransport({ url, cert: '', key: '', ca: tls.caPem }).deliver(other, 'm3'),
      ).rejects.toThrow();
      expect((await incoming(packageIdOf(other))).rows).toHaveLength(0);
    } finally {
      await inbox.close();
    }
  });

  it('the file route: the outbox marks the package downloadable, and its upload imports once', async () => {
    const { db } = env().database;
    const p = await setUp();
    const envelope = await sealed();
    const outgoingId = await queuePackage(db, p.provinceId, envelope, { actorId: null });
    const handlers = { [EXCHANGE_TOPIC]: exchangeHandler(db, async () => fileTransport) };
    await pollTenant(db, p.provinceId, { handlers });
    const [out] = await db.select().from(exchangePackage).where(eq(exchangePackage.id, outgoingId));
    expect(out).toMatchObject({ status: 'DOWNLOADABLE', transport: 'FILE' });
    const file = JSON.parse(out!.envelope!);
    for (let i = 0; i < 2; i++)
      await importPackage(db, dataDir, p.nationalId, file, { via: 'FILE', actorId: null });
    expect((await incoming(packageIdOf(envelope))).rows).toHaveLength(1);
  });
});
