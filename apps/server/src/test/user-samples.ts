import { eq } from 'drizzle-orm';
import { appUser } from '../db/schema/index';
import { hashPassword } from '../modules/auth/password';
import { newTotpSecret } from '../modules/auth/totp';
import { createUserRecord } from '../modules/tenants/tenant-setup';
import { nextTotpCode, rememberTotpSecret } from './client';
import type { SampleSpec } from './route-samples';
import { target, unique, userAction } from './sample-helpers';

// Samples for the account routes: users, two-step verification, passwords.
export const USER_SAMPLES: Record<string, SampleSpec> = {
  'GET /api/users': { kind: 'unscoped', build: async () => ({ path: '/api/users' }) },
  'POST /api/users': {
    kind: 'scoped',
    build: async ({ fx, scope }) => ({
      path: '/api/users',
      body: {
        username: `u${unique()}`,
        fullName: 'Người dùng mới',
        password: 'mot-mat-khau-dai',
        roles: ['VIEWER'],
        unitId: target(fx, scope).unit.id,
      },
    }),
  },
  'PATCH /api/users/{id}': {
    kind: 'scoped',
    build: async ({ db, fx, scope }) => {
      const t = target(fx, scope);
      const id = await createUserRecord(db, t.tenantId, {
        username: `u${unique()}`,
        fullName: 'Người dùng cần sửa',
        password: 'mot-mat-khau-dai',
        roles: ['VIEWER'],
        unitId: t.unit.id,
      });
      return { path: `/api/users/${id}`, body: { positionTitle: 'Phó Giám đốc' } };
    },
  },
  'POST /api/users/{id}/disable': userAction('disable'),
  'POST /api/users/{id}/enable': userAction('enable'),
  'POST /api/users/{id}/reset-mfa': userAction('reset-mfa'),
  'POST /api/auth/mfa/verify': {
    kind: 'unscoped',
    // The actor's session has given its code already, so the answer is a plain yes.
    build: async () => ({ path: '/api/auth/mfa/verify', body: { code: '123456' } }),
  },
  'POST /api/auth/mfa/enrolment': {
    kind: 'unscoped',
    // The actor's second factor is removed first, so every role may start an enrolment.
    build: async ({ db, username }) => {
      await db
        .update(appUser)
        .set({ mfaSecret: null, mfaEnabledAt: null, mfaLastStep: null, mfaRecoveryHashes: null })
        .where(eq(appUser.username, username));
      return { path: '/api/auth/mfa/enrolment', body: {} };
    },
  },
  'POST /api/auth/mfa/enable': {
    kind: 'unscoped',
    // An enrolment in progress with a known secret, confirmed by its next code; the fixture
    // remembers the secret for the actor's next login.
    build: async ({ db, username }) => {
      const secret = newTotpSecret();
      await db
        .update(appUser)
        .set({ mfaPendingSecret: secret, mfaSecret: null, mfaEnabledAt: null, mfaLastStep: null })
        .where(eq(appUser.username, username));
      rememberTotpSecret(username, secret);
      return { path: '/api/auth/mfa/enable', body: { code: nextTotpCode(secret) } };
    },
  },
  'POST /api/users/{id}/reset-password': userAction('reset-password', {
    temporaryPassword: 'Tam-thoi-Son-Ha-7',
  }),
  'POST /api/auth/password': {
    kind: 'unscoped',
    // The actor's password is set to a temporary one first, and the request sets it back.
    build: async ({ db, username, password }) => {
      await db
        .update(appUser)
        .set({ passwordHash: await hashPassword('Tam-thoi-Son-Ha-7') })
        .where(eq(appUser.username, username));
      return {
        path: '/api/auth/password',
        body: { currentPassword: 'Tam-thoi-Son-Ha-7', newPassword: password },
      };
    },
  },
};
