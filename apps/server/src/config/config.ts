import path from 'node:path';
import { ROLES } from '@vinhdanh/domain/auth/roles';
import { z } from 'zod';
import { type DvcSettings, loadDvcSettings } from './dvc-config';
import { type ExchangeSettings, loadExchangeSettings } from './exchange-config';
import { loadOidcProviders, type OidcProviderConfig } from './oidc-config';

const envSchema = z.object({
  // An empty value (DATABASE_URL=) means unset, as shells and .env files write it.
  DATABASE_URL: z
    .string()
    .optional()
    .transform((v) => v || undefined),
  /**
   * Hot standbys that take the heavy reads (reports, the portal, award search, timelines): one
   * URL, multi-host (postgres://u@s1:5432,s2:5432/db), or several URLs separated by commas.
   */
  DATABASE_READ_URL: z
    .string()
    .optional()
    .transform((v) => v || undefined),
  /**
   * 0 behind a pooler that cannot follow named statements (PgBouncer's transaction pooling before
   * 1.21, or `max_prepared_statements = 0`): the hot reads then parse and plan every time.
   */
  VINHDANH_NAMED_STATEMENTS: z.enum(['0', '1']).default('1'),
  /**
   * After a write, the same browser's reads go to the primary this long (read-your-writes): it
   * must exceed the standbys' replay lag (docs/operations.md).
   */
  VINHDANH_READ_AFTER_WRITE_SECONDS: z.coerce.number().int().min(1).max(3600).default(10),
  VINHDANH_DATA_DIR: z
    .string()
    .optional()
    .transform((v) => v || undefined),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /**
   * How many reverse proxies in front of the server to trust (0: none). With 1 or more, cookies
   * get the Secure flag behind HTTPS and rate limits count the address the outermost trusted
   * proxy saw (right-most X-Forwarded-For hops), never what the client wrote.
   */
  VINHDANH_TRUST_PROXY: z.coerce.number().int().min(0).max(9).default(0),
  /** Login attempts accepted per client address and per username in each window (settings). */
  VINHDANH_LOGIN_LIMIT_PER_IP: z.coerce.number().int().min(1).default(30),
  VINHDANH_LOGIN_LIMIT_PER_USERNAME: z.coerce.number().int().min(1).default(10),
  VINHDANH_LOGIN_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
  VINHDANH_SESSION_HOURS: z.coerce.number().positive().default(12),
  /**
   * How long a server keeps a resolved session in memory (docs/decisions/018). A logout or a
   * revocation in the same process takes effect at once; another process behind the same database
   * sees it after at most this long. 0 looks every session up on every request.
   */
  VINHDANH_SESSION_CACHE_SECONDS: z.coerce.number().min(0).max(60).default(5),
  /**
   * How long a server keeps a page of the people list in memory (docs/decisions/021). A write
   * through this server's API is seen by the next list at once; a write by another process (a
   * second server, the CLI) after at most this long. 0 reads every page from the database.
   */
  VINHDANH_PAGE_CACHE_SECONDS: z.coerce.number().min(0).max(60).default(2),
  VINHDANH_WEB_DIST: z.string().optional(),
  /** The public address of the portal (https://thiduakhenthuong.sonha.gov.vn): absolute links, QR codes. */
  PUBLIC_BASE_URL: z
    .string()
    .optional()
    .transform((v) => v || undefined),
  /** The earlier name of PUBLIC_BASE_URL, still read. */
  VINHDANH_PUBLIC_URL: z
    .string()
    .optional()
    .transform((v) => v || undefined),
  /** Which tenant (by code) the public portal shows; the first tenant created when unset. */
  VINHDANH_PUBLIC_TENANT: z
    .string()
    .optional()
    .transform((v) => v || undefined),
  /**
   * The origin of a local signing plug-in the console calls (e.g. http://127.0.0.1:8987), allowed
   * in the Content-Security-Policy's connect-src; unset: none.
   */
  VINHDANH_SIGNING_PLUGIN_ORIGIN: z
    .string()
    .optional()
    .transform((v) => v || undefined)
    .refine((v) => v === undefined || /^https?:\/\/[^/\s;,']+$/.test(v), {
      message: 'phải là một origin, ví dụ http://127.0.0.1:8987 (không có đường dẫn)',
    }),
  /**
   * Roles that must use a second factor besides administrators and signers (always), comma
   * separated, e.g. "UNIT_OFFICER,APPRAISER".
   */
  VINHDANH_MFA_ROLES: z
    .string()
    .optional()
    .transform((v) =>
      (v ?? '')
        .split(',')
        .map((r) => r.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(ROLES))),
  /** Where the tenants' seal certificates (PKCS#12) are; the settings name a file in it. */
  VINHDANH_SIGNING_DIR: z
    .string()
    .optional()
    .transform((v) => v || undefined),
  /**
   * The SMTP server for e-mail notices, e.g. smtp://user:pass@mail.sonha.gov.vn:587 or smtps://…
   * (SMTP_URL is read too). Unset: notices are written to the server log instead of sent.
   */
  VINHDANH_SMTP_URL: z
    .string()
    .optional()
    .transform((v) => v || undefined),
  SMTP_URL: z
    .string()
    .optional()
    .transform((v) => v || undefined),
  /** The sender of e-mail notices. */
  VINHDANH_MAIL_FROM: z.string().default('Vinh Danh <khong-tra-loi@vinhdanh.local>'),
  /** Remind this many working days before a deadline (issue 11: 2). */
  VINHDANH_REMINDER_WORKING_DAYS: z.coerce.number().int().min(0).max(30).default(2),
  /**
   * How often the reminder job looks for deadlines coming up, in seconds (default hourly). Each
   * deadline is reminded of once whatever the interval; the browser tests shorten it so a
   * reminder arrives while the dossier is still at its step.
   */
  VINHDANH_REMINDER_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(3600),
  /** The demo trial (also `serve --demo`): a banner says so, and demo accounts skip the forced change. */
  VINHDANH_DEMO: z.enum(['0', '1']).default('0'),
  /**
   * The server's ballot secret (at least 32 bytes, hex or base64), kept out of the database and
   * its backups. Box keys are derived from it and a per-box salt destroyed at close. Unset: a
   * random one per process, so a restart during an open ballot loses the ballots cast so far.
   */
  VINHDANH_BALLOT_SECRET: z
    .string()
    .optional()
    .transform((v) => v || undefined)
    .refine((v) => v === undefined || secretBytes(v).length >= 32, {
      message: 'VINHDANH_BALLOT_SECRET cần ít nhất 32 byte (64 ký tự hex hoặc 44 ký tự base64)',
    }),
  /**
   * The key material TOTP secrets are encrypted with at rest (at least 32 bytes, hex or base64).
   * Unset: a random key kept in the data folder's `mfa.key`. Changing it makes every enrolled
   * second factor unreadable: the users must be reset (`reset-mfa`) and enrol again.
   */
  VINHDANH_MFA_SECRET: z
    .string()
    .optional()
    .transform((v) => v || undefined)
    .refine((v) => v === undefined || secretBytes(v).length >= 32, {
      message: 'VINHDANH_MFA_SECRET cần ít nhất 32 byte (64 ký tự hex hoặc 44 ký tự base64)',
    }),
});

/** Hex when it looks like hex, base64 otherwise. */
function secretBytes(v: string) {
  return /^([0-9a-f]{2})+$/i.test(v) ? Buffer.from(v, 'hex') : Buffer.from(v, 'base64');
}

export type Config = {
  databaseUrl: string | undefined;
  /** DATABASE_READ_URL (PostgreSQL only; ignored with PGlite). */
  databaseReadUrl: string | undefined;
  /** VINHDANH_NAMED_STATEMENTS: hot reads as named statements of their connection (db/unnamed-statements.ts). */
  namedStatements: boolean;
  /** How long a browser's reads stay on the primary after it wrote (lib/read-routing.ts). */
  readAfterWriteMs: number;
  dataDir: string;
  port: number;
  host: string;
  trustProxy: boolean;
  trustedProxyHops: number;
  loginLimits: { perIp: number; perUsername: number; windowMs: number };
  sessionHours: number;
  /** Seconds a resolved session stays in this process's cache; 0: none. */
  sessionCacheSeconds: number;
  /** Seconds a people-list page stays in this process's cache; 0: none. */
  pageCacheSeconds: number;
  webDist: string;
  /** No trailing slash; undefined: the origin each request came to. */
  publicBaseUrl: string | undefined;
  publicTenantCode: string | undefined;
  demo: boolean;
  signingPluginOrigin: string | undefined;
  /** VINHDANH_BALLOT_SECRET as bytes; undefined: a random secret per process. */
  ballotSecret: Buffer | undefined;
  /** VINHDANH_MFA_SECRET as bytes; undefined: the key file in the data folder (mfa-secret-box.ts). */
  mfaSecret: Buffer | undefined;
  /** Roles that must use TOTP on top of the ones the domain always requires it for. */
  mfaExtraRoles: string[];
  /**
   * Server signing (docs/signing.md): the directory of the seal certificates, and their
   * passwords from the environment: VINHDANH_SIGNING_PASSWORD_<TENANT CODE>, else
   * VINHDANH_SIGNING_PASSWORD.
   */
  signing: { dir: string; password(tenantCode: string): string | undefined };
  /** OpenID Connect logins (config/oidc-config.ts); empty: password login only. */
  oidc: OidcProviderConfig[];
  /** The national public-service portal of a tenant (config/dvc-config.ts); undefined: not connected. */
  dvc(tenantCode: string): DvcSettings | undefined;
  /** Packages between levels over HTTPS (config/exchange-config.ts): the peers and the inbox listener. */
  exchange: ExchangeSettings;
  /** E-mail notices (modules/notices): SMTP URL (undefined: log only), sender, reminder lead. */
  mail: {
    smtpUrl: string | undefined;
    from: string;
    reminderWorkingDays: number;
    reminderIntervalMs: number;
  };
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.parse(env);
  const root = path.resolve(import.meta.dirname, '../../../..');
  return {
    databaseUrl: parsed.DATABASE_URL,
    databaseReadUrl: parsed.DATABASE_READ_URL,
    namedStatements: parsed.VINHDANH_NAMED_STATEMENTS === '1',
    readAfterWriteMs: parsed.VINHDANH_READ_AFTER_WRITE_SECONDS * 1000,
    dataDir: path.resolve(parsed.VINHDANH_DATA_DIR ?? path.join(root, 'data')),
    port: parsed.PORT,
    host: parsed.HOST,
    trustProxy: parsed.VINHDANH_TRUST_PROXY > 0,
    trustedProxyHops: parsed.VINHDANH_TRUST_PROXY,
    loginLimits: {
      perIp: parsed.VINHDANH_LOGIN_LIMIT_PER_IP,
      perUsername: parsed.VINHDANH_LOGIN_LIMIT_PER_USERNAME,
      windowMs: parsed.VINHDANH_LOGIN_LIMIT_WINDOW_SECONDS * 1000,
    },
    sessionHours: parsed.VINHDANH_SESSION_HOURS,
    sessionCacheSeconds: parsed.VINHDANH_SESSION_CACHE_SECONDS,
    pageCacheSeconds: parsed.VINHDANH_PAGE_CACHE_SECONDS,
    demo: parsed.VINHDANH_DEMO === '1',
    ballotSecret: parsed.VINHDANH_BALLOT_SECRET ? secretBytes(parsed.VINHDANH_BALLOT_SECRET) : undefined,
    webDist: path.resolve(parsed.VINHDANH_WEB_DIST ?? path.join(root, 'apps/web/dist')),
    publicBaseUrl: (parsed.PUBLIC_BASE_URL ?? parsed.VINHDANH_PUBLIC_URL)?.replace(/\/+$/, ''),
    publicTenantCode: parsed.VINHDANH_PUBLIC_TENANT,
    signingPluginOrigin: parsed.VINHDANH_SIGNING_PLUGIN_ORIGIN,
    mfaSecret: parsed.VINHDANH_MFA_SECRET ? secretBytes(parsed.VINHDANH_MFA_SECRET) : undefined,
    mfaExtraRoles: parsed.VINHDANH_MFA_ROLES,
    mail: {
      smtpUrl: parsed.VINHDANH_SMTP_URL ?? parsed.SMTP_URL,
      from: parsed.VINHDANH_MAIL_FROM,
      reminderWorkingDays: parsed.VINHDANH_REMINDER_WORKING_DAYS,
      reminderIntervalMs: parsed.VINHDANH_REMINDER_INTERVAL_SECONDS * 1000,
    },
    oidc: loadOidcProviders(env),
    dvc: loadDvcSettings(env),
    exchange: loadExchangeSettings(env),
    signing: {
      dir: path.resolve(
        parsed.VINHDANH_SIGNING_DIR ??
          path.join(parsed.VINHDANH_DATA_DIR ?? path.join(root, 'data'), 'signing'),
      ),
      password: (code) =>
        env[`VINHDANH_SIGNING_PASSWORD_${code.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`] ||
        env.VINHDANH_SIGNING_PASSWORD ||
        undefined,
    },
  };
}
