import {
  foreignKey,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { orgUnit } from './org-unit';
import { person } from './person';

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
    /** The position printed under the signature, e.g. "Chủ tịch", "Giám đốc Sở Y tế". */
    positionTitle: text('position_title'),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('app_user_username_uq').on(t.username),
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
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.tokenHash] }),
    uniqueIndex('session_token_uq').on(t.tokenHash),
    foreignKey({ columns: [t.tenantId, t.userId], foreignColumns: [appUser.tenantId, appUser.id] }),
  ],
);
