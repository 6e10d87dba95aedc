import net from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import { createApp } from './app';
import type { Config } from './config/config';
import { type Database, openDatabase } from './db/client';
import { explainStartupFailure } from './lib/startup-failure';
import { sealLegacyMfaSecrets } from './modules/auth/mfa.repository';
import { mfaKey, sealMfaSecret } from './modules/auth/mfa-secret-box';
import { startEligibilityJob } from './modules/eligibility/index';
import { startExchangeInbox } from './modules/exchange/index';
import { startReminderJob } from './modules/notices/index';
import { digestLegacyCitizenIds } from './modules/oidc/citizen-id-digest';
import { outboxHandlers } from './platform/outbox/handlers';
import { startOutboxPoller } from './platform/outbox/outbox';

/**
 * Fails at once when the port cannot be opened (another program on it, a port below 1024),
 * before migrations and the demo seed spend a minute on a start that cannot succeed.
 */
function checkPortFree(port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve()));
  });
}

function listen(app: ReturnType<typeof createApp>, config: Config, onListening?: (url: string) => void) {
  return new Promise<ServerType>((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
      server.off('error', reject);
      onListening?.(`http://localhost:${info.port}`);
      resolve(server);
    });
    server.once('error', reject);
    // Node closes an idle keep-alive connection after 5 s; a client (or a reverse proxy, whose idle
    // timeout is typically 60 s) that reuses it at that moment gets ECONNRESET. Outlive the proxy.
    if ('keepAliveTimeout' in server) {
      server.keepAliveTimeout = 65_000;
      server.headersTimeout = 66_000;
    }
  });
}

/**
 * Opens the database, migrates, runs `prepare` (e.g. the demo seed) and only then
 * listens, so the first request never meets a half-seeded database.
 */
export async function startServer(
  config: Config,
  options: { onListening?: (url: string) => void; prepare?: (db: Database['db']) => Promise<void> } = {},
) {
  // What an operator can fix (port taken, data folder unwritable, database down) becomes one
  // Vietnamese line (StartupError, printed by the CLI); anything else stays a bug with its stack.
  const explained = (error: unknown) => explainStartupFailure(error, config) ?? error;
  await checkPortFree(config.port, config.host).catch((error) => {
    throw explained(error);
  });
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    readUrl: config.databaseReadUrl,
    dataDir: config.dataDir,
    namedStatements: config.namedStatements,
  }).catch((error) => {
    throw explained(error);
  });
  let server: ServerType;
  let inbox: Awaited<ReturnType<typeof startExchangeInbox>> | undefined;
  try {
    await database.migrate();
    await options.prepare?.(database.db);
    // TOTP secrets stored before they were encrypted at rest are sealed now (docs/security.md).
    const key = mfaKey(config);
    await sealLegacyMfaSecrets(database.db, (account, secret) => sealMfaSecret(key, account, secret));
    // Citizen IDs a national login stored in clear before are replaced by their keyed hash.
    await digestLegacyCitizenIds(database.db, config);
    const app = createApp({ db: database.db, ...(database.readDb && { readDb: database.readDb }), config });
    server = await listen(app, config, options.onListening);
    // Packages from other deployments (mutual TLS, docs/interop.md): its own listener when configured.
    const inboxSettings = config.exchange.inbox;
    if (inboxSettings) {
      inbox = await startExchangeInbox({
        db: database.db,
        dataDir: config.dataDir,
        key: inboxSettings.key,
        cert: inboxSettings.cert,
        clientCa: inboxSettings.clientCa,
        peers: inboxSettings.peers,
        port: inboxSettings.port,
        host: inboxSettings.host,
      }).catch(async (error) => {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        throw error;
      });
      console.log(
        `Hộp nhận gói hồ sơ (TLS hai chiều) tại cổng ${inbox.port}: ${Object.keys(inboxSettings.peers).length} chứng thư được kết nối.`,
      );
    }
  } catch (error) {
    await database.close().catch(() => {});
    throw explained(error);
  }
  // Delivers what the transactions put in the outbox (e-mail, exchanges, the national portal).
  const outbox = startOutboxPoller(database.db, { handlers: outboxHandlers(config, database.db) });
  // Deadline reminders by e-mail, once per deadline (modules/notices/deadline-reminders.ts).
  const reminders = startReminderJob(database.db, {
    workingDaysBefore: config.mail.reminderWorkingDays,
    intervalMs: config.mail.reminderIntervalMs,
    onError: (error) => console.error('Nhắc hạn qua thư điện tử lỗi:', error),
  });
  // Re-judges the subjects whose records or rules changed, behind "Gợi ý đề nghị" (eligibility-refresh.ts).
  const eligibility = startEligibilityJob(database.db, {
    onError: (error) => console.error('Cập nhật kết quả xét điều kiện khen thưởng lỗi:', error),
  });
  return {
    database,
    async stop() {
      await eligibility.stop();
      await reminders.stop();
      await outbox.stop();
      await inbox?.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    },
  };
}
