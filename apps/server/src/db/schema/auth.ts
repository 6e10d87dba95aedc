import {
  boolean,
  foreignKey,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { orgUnit } from './org-unit';
import { person } from './person';
import { tenant } from './tenant';

/**
 * Usernames are unique across all tenants (one login page for the whole country), yet every key
 * of a tenant table must contain tenant_id so the table can be sharded. This small global table
 * holds each name once and says which tenant owns it: login reads it, then looks the user up
 * inside that tenant. On Citus it is a reference table (copied to every node), so the read is local.
 */
export const loginName = pgTable(
  'login_name',
  {
    username: text('username').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenant.tenantId),
  },
  (t) => [unique('login_name_username_tenant_uq').on(t.username, t.tenantId)],
);

export const appUser = pgTable(
  'app_user',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    username: text('username').notNull(),
    fullName: text('full_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    roles: text('roles').array().notNull(),
    /** The org unit the user belongs to. */
    unitId: uuid('unit_id').notNull(),
    /** Root of the subtree the user may act on; usually their own unit. */
    scopeUnitId: uuid('scope_unit_id').notNull(),
    /**
     * The person record of the account holder. Council conflicts of interest compare it with the
     * nominee, and a leader's linked person is the signer whose name documents print.
     */
    personId: uuid('person_id'),
    /** Where e-mail notices go (modules/notices); none: the user gets no e-mail. */
    email: text('email'),
    /** The notice events (NOTICE_EVENTS) the user chose not to receive by e-mail. */
    noticeOptOut: text('notice_opt_out').array().notNull().default([]),
    /** The position printed under the signature, e.g. "Chủ tịch", "Giám đốc Sở Y tế". */
    positionTitle: text('position_title'),
    /** Set by an administrator: the account cannot sign in and its sessions are gone. */
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    /** After an administrator's reset: the user must choose a new password before anything else. */
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    /**
     * A demo account (seeded for the trial): skips the forced change only while the server runs
     * the demo trial; outside it, it must change its password like any other.
     */
    demo: boolean('demo').notNull().default(false),
    /**
     * TOTP (RFC 6238) second factor: the base32 secret once enrolment is confirmed, the secret
     * shown during enrolment until the first code confirms it, the last time step accepted (a code
     * is never accepted twice), and the sha256 hashes of the unused recovery codes.
     */
    mfaSecret: text('mfa_secret'),
    mfaPendingSecret: text('mfa_pending_secret'),
    mfaEnabledAt: timestamp('mfa_enabled_at', { withTimezone: true }),
    mfaLastStep: integer('mfa_last_step'),
    mfaRecoveryHashes: text('mfa_recovery_hashes').array(),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('app_user_username_uq').on(t.tenantId, t.username),
    // Every account's name is registered in the global table, so no two tenants share it.
    foreignKey({
      columns: [t.username, t.tenantId],
      foreignColumns: [loginName.username, loginName.tenantId],
    }),
    foreignKey({ columns: [t.tenantId, t.unitId], foreignColumns: [orgUnit.tenantId, orgUnit.id] }),
    foreignKey({ columns: [t.tenantId, t.scopeUnitId], foreignColumns: [orgUnit.tenantId, orgUnit.id] }),
    foreignKey({ columns: [t.tenantId, t.personId], foreignColumns: [person.tenantId, person.id] }),
    // One account per person in a tenant.
    uniqueIndex('app_user_person_uq').on(t.tenantId, t.personId),
  ],
);

/** Server-side sessions. Only the SHA-256 of the cookie token is stored. */
export const session = pgTable(
  'session',
  {
    tenantId: uuid('tenant_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    userId: uuid('user_id').notNull(),
    csrfToken: text('csrf_token').notNull(),
    /** False until the user of an MFA account gives a code; sessions from before MFA stay true. */
    mfaVerified: boolean('mfa_verified').notNull().default(true),
    /**
     * How the session was opened: 'password', or 'oidc:<provider>'. A provider's login counts as
     * the provider's authentication, so no local second factor is asked of it (docs/security.md).
     */
    authMethod: text('auth_method').notNull().default('password'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    // The primary key alone: the token is 256 random bits, and a key without tenant_id cannot be sharded.
    primaryKey({ columns: [t.tenantId, t.tokenHash] }),
    foreignKey({ columns: [t.tenantId, t.userId], foreignColumns: [appUser.tenantId, appUser.id] }),
  ],
);
