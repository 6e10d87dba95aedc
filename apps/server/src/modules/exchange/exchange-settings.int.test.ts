import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/config';
import { startServer } from '../../server';
import { throwawayTlsCa } from '../../test/tls-pki';
import type { PackageEnvelope } from './package-format';
import { defaultTransportFor, httpsTransport } from './transports';

// The exchange's HTTPS settings reach the running server: with VINHDANH_EXCHANGE_INBOX_* set, the
// server starts the mutual-TLS inbox beside the web port (a connected client certificate is let in
// and its package judged, a stranger's is refused) and stops it with itself; with
// VINHDANH_EXCHANGE_PEERS set, a package for that tenant code goes over HTTPS.

const tls = throwawayTlsCa();
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-exchange-settings-'));
afterAll(() => {
  tls.cleanup();
  fs.rmSync(scratch, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

function write(name: string, text: string) {
  const file = path.join(scratch, name);
  fs.writeFileSync(file, text);
  return file;
}

describe('exchange settings in the running server', () => {
  it('starts the inbox listener from the environment, lets only the connected certificate in, and sends to a configured peer over HTTPS', async () => {
    const server = tls.server();
    const connected = tls.client('vinhdanh SONHA');
    const stranger = tls.client('khong ket noi');
    const [port, inboxPort] = [await freePort(), await freePort()];
    const config = loadConfig({
      PORT: String(port),
      HOST: '127.0.0.1',
      VINHDANH_DATA_DIR: path.join(scratch, 'data'),
      VINHDANH_EXCHANGE_INBOX_PORT: String(inboxPort),
      VINHDANH_EXCHANGE_INBOX_HOST: '127.0.0.1',
      VINHDANH_EXCHANGE_INBOX_CERT: write('inbox.pem', server.cert),
      VINHDANH_EXCHANGE_INBOX_KEY: write('inbox.key', server.key),
      VINHDANH_EXCHANGE_INBOX_CLIENT_CA: write('ca.pem', tls.caPem),
      VINHDANH_EXCHANGE_INBOX_PEERS: `${connected.sha256}=SONHA`,
      VINHDANH_EXCHANGE_PEERS: 'VN-BNV',
      VINHDANH_EXCHANGE_URL_VN_BNV: `https://127.0.0.1:${inboxPort}/inbox`,
      VINHDANH_EXCHANGE_CERT_VN_BNV: write('client.pem', connected.cert),
      VINHDANH_EXCHANGE_KEY_VN_BNV: write('client.key', connected.key),
      VINHDANH_EXCHANGE_CA_VN_BNV: write('ca-peer.pem', tls.caPem),
    });
    const running = await startServer({ ...config, webDist: '/nonexistent' });
    const notAPackage = { format: 'vinhdanh-package-envelope/1' } as unknown as PackageEnvelope;
    try {
      const url = config.exchange.peers['VN-BNV']?.url as string;
      expect(url).toBe(`https://127.0.0.1:${inboxPort}/inbox/VN-BNV`);
      // The connected certificate passes the handshake and the fingerprint check: what it sent is
      // then judged as a package (VN-BNV is no tenant here).
      await expect(
        httpsTransport({ url, cert: connected.cert, key: connected.key, ca: tls.caPem }).deliver(
          notAPackage,
          'm1',
        ),
      ).rejects.toThrow(/HTTP 4\d\d: .*PACKAGE_(INVALID|WRONG_RECIPIENT)/);
      await expect(
        httpsTransport({ url, cert: stranger.cert, key: stranger.key, ca: tls.caPem }).deliver(
          notAPackage,
          'm2',
        ),
      ).rejects.toThrow(/HTTP 403/);
      // The outbox's transport choice: the configured peer goes over HTTPS, an unknown code to the file.
      const choose = defaultTransportFor(running.database.db, config.dataDir, config.exchange.peers);
      expect((await choose('VN-BNV')).name).toBe('HTTPS');
      expect((await choose('HN')).name).toBe('FILE');
    } finally {
      await running.stop();
    }
    // Stopped with the server: nothing listens on the inbox port any more.
    await expect(
      new Promise((resolve, reject) => {
        const socket = net.connect(inboxPort, '127.0.0.1', () => resolve(socket.end()));
        socket.on('error', reject);
      }),
    ).rejects.toThrow(/ECONNREFUSED/);
  });
});
