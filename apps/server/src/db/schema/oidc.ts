import {
  foreignKey,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { appUser } from './auth';

// OpenID Connect login (modules/oidc). The state of a login in progress, the link between a
// provider's subject and an account, and the administrator's invitation that makes such a link.

/**
 * A login sent to a provider and not yet back: the state (its sha256), the nonce and the PKCE
 * verifier stay on the server; the browser holds only the state, in a short-lived cookie. A row
 * is deleted when its callback arrives, so a callback cannot be replayed.
 */
export const oidcLogin = pgTable(
  'oidc_login',
  {
    tenantId: uuid('tenant_id').notNull(),
    stateHash: text('state_hash').notNull(),
    provider: text('provider').notNull(),
    nonce: text('nonce').notNull(),
    codeVerifier: text('code_verifier').notNull(),
    /** The sha256 of the invitation code the officer typed, checked only at the callback. */
    invitationHash: text('invitation_hash'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.stateHash] })],
);

/** Which account a provider's subject signs in as. One subject and one account per provider. */
export const oidcIdentity = pgTable(
  'oidc_identity',
  {
    tenantId: uuid('tenant_id').notNull(),
    provider: text('provider').notNull(),
    subject: text('subject').notNull(),
    userId: uuid('user_id').notNull(),
    /**
     * The citizen ID the provider gave (số định danh cá nhân), when it gave one, as a keyed hash
     * (`hmac1:…`, modules/oidc/citizen-id-digest.ts), never in clear.
     */
    citizenId: text('citizen_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.provider, t.subject] }),
    uniqueIndex('oidc_identity_user_uq').on(t.tenantId, t.provider, t.userId),
    foreignKey({ columns: [t.tenantId, t.userId], foreignColumns: [appUser.tenantId, appUser.id] }),
  ],
);

/**
 * An administrator's invitation for an existing officer account: the first provider login that
 * presents the code links that subject to the account. Only the code's sha256 is kept.
 */
export const oidcInvitation = pgTable(
  'oidc_invitation',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    userId: uuid('user_id').notNull(),
    codeHash: text('code_hash').notNull(),
    createdBy: uuid('created_by').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('oidc_invitation_code_uq').on(t.tenantId, t.codeHash),
    index('oidc_invitation_user_idx').on(t.tenantId, t.userId),
    foreignKey({ columns: [t.tenantId, t.userId], foreignColumns: [appUser.tenantId, appUser.id] }),
  ],
);
