import path from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  // An empty value (DATABASE_URL=) means unset, as shells and .env files write it.
  DATABASE_URL: z
    .string()
    .optional()
    .transform((v) => v || undefined),
  VINHDANH_DATA_DIR: z
    .string()
    .optional()
    .transform((v) => v || undefined),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** Set when a reverse proxy terminates HTTPS, so cookies get the Secure flag. */
  VINHDANH_TRUST_PROXY: z.enum(['0', '1']).default('0'),
  VINHDANH_SESSION_HOURS: z.coerce.number().positive().default(12),
  VINHDANH_WEB_DIST: z.string().optional(),
});

export type Config = {
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
  host: string;
  trustProxy: boolean;
  sessionHours: number;
  webDist: string;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.parse(env);
  const root = path.resolve(import.meta.dirname, '../../../..');
  return {
    databaseUrl: parsed.DATABASE_URL,
    dataDir: path.resolve(parsed.VINHDANH_DATA_DIR ?? path.join(root, 'data')),
    port: parsed.PORT,
    host: parsed.HOST,
    trustProxy: parsed.VINHDANH_TRUST_PROXY === '1',
    sessionHours: parsed.VINHDANH_SESSION_HOURS,
    webDist: path.resolve(parsed.VINHDANH_WEB_DIST ?? path.join(root, 'apps/web/dist')),
  };
}
