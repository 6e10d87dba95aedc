import { serve } from '@hono/node-server';
import { createApp } from './app';
import type { Config } from './config/config';
import { openDatabase } from './db/client';

/** Opens the database, migrates, and listens. Returns a function that stops it all. */
export async function startServer(config: Config, onListening?: (url: string) => void) {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await database.migrate();
  const app = createApp({ db: database.db, config });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) =>
    onListening?.(`http://localhost:${info.port}`),
  );
  return {
    database,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    },
  };
}
