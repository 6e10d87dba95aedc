import { z } from '@hono/zod-openapi';
import { PERMISSIONS } from '@vinhdanh/domain/auth/permissions';
import { ROLES } from '@vinhdanh/domain/auth/roles';

export const loginInput = z
  .object({
    username: z.string().trim().min(1, 'Vui lòng nhập tên đăng nhập').max(100),
    password: z.string().min(1, 'Vui lòng nhập mật khẩu').max(200),
  })
  .openapi('LoginInput');
export type LoginInput = z.infer<typeof loginInput>;

export const loginOutput = z
  .object({
    ok: z.literal(true),
    /** The user must pick a new password before anything else. */
    passwordChangeRequired: z.boolean(),
    /** The account has a second factor: the session answers only /auth/mfa/verify until a code is given. */
    mfaRequired: z.boolean(),
  })
  .openapi('LoginResult');

export const changePasswordInput = z
  .object({
    currentPassword: z.string().min(1, 'Vui lòng nhập mật khẩu hiện tại').max(200),
    newPassword: z.string().min(10, 'Mật khẩu cần ít nhất 10 ký tự').max(200),
  })
  .strict()
  .openapi('ChangePasswordInput');
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;

export const meOutput = z
  .object({
    user: z.object({
      id: z.string(),
      username: z.string(),
      fullName: z.string(),
      tenantId: z.string(),
      tenantName: z.string(),
      /** A ministry or the national body receives and adds up the provinces' frozen reports. */
      tenantKind: z.enum(['PROVINCE', 'MINISTRY', 'NATIONAL']),
      unitId: z.string(),
      unitName: z.string(),
      scopeUnitId: z.string(),
      roles: z.array(z.enum(ROLES)),
      /** The linked person record and the title printed under the user's signature. */
      personId: z.string().nullable(),
      positionTitle: z.string().nullable(),
      /**
       * Scoped to the root of the tenant's tree: what belongs to the tenant as a whole (the
       * emulation fund) answers only such users, so the console shows it only to them.
       */
      isTenantWide: z.boolean(),
    }),
    permissions: z.array(z.enum(PERMISSIONS)),
    csrfToken: z.string(),
    /** Until a new password is set, only this, logout and the change itself answer. */
    passwordChangeRequired: z.boolean(),
    /** TOTP: whether enrolled, whether this session must still give a code, whether it must enrol. */
    mfa: z.object({
      enabled: z.boolean(),
      verificationRequired: z.boolean(),
      enrolmentRequired: z.boolean(),
    }),
    /** The server runs the demo trial (published demo passwords): the console shows a banner. */
    demo: z.boolean(),
  })
  .openapi('Me');
export type MeOutput = z.infer<typeof meOutput>;
