import { serve } from '@hono/node-server';
import { createApp } from './app';
import type { Config } from './config/config';
import { type Database, openDatabase } from './db/client';
import { outboxHandlers } from './platform/outbox/handlers';
import { startOutboxPoller } from './platform/outbox/outbox';

/**
 * Opens the database, migrates, runs `prepare` (e.g. the demo seed) and only then
 * listens, so the first request never meets a half-seeded database.
 */
export async function startServer(
  config: Config,
  options: { onListening?: (url: string) => void; prepare?: (db: Database['db']) => Promise<void> } = {},
) {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await database.migrate();
  await options.prepare?.(database.db);
  const app = createApp({ db: database.db, config });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) =>
    options.onListening?.(`http://localhost:${info.port}`),
  );
  // Delivers what the transactions put in the outbox (e-mail, exchanges, the national portal).
  const outbox = startOutboxPoller(database.db, { handlers: outboxHandlers(config) });
  return {
    database,
    async stop() {
      await outbox.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    },
  };
}
