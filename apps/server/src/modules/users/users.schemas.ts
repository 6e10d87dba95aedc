import { z } from '@hono/zod-openapi';
import { OFFICER_ROLES, ROLES } from '@vinhdanh/domain/auth/roles';
import { emailAddress } from '../../lib/email-address';
import { allowedActionsSchema } from '../../lib/openapi';
import { USER_ACTIONS } from './user-access';

const positionTitle = z
  .string()
  .trim()
  .min(2, 'Chức vụ cần ít nhất 2 ký tự')
  .max(200, 'Chức vụ tối đa 200 ký tự');

export const createUserInput = z
  .object({
    username: z
      .string()
      .trim()
      .min(3, 'Tên đăng nhập cần ít nhất 3 ký tự')
      .max(50)
      .regex(/^[a-z0-9._-]+$/, 'Tên đăng nhập chỉ gồm chữ thường không dấu, số, dấu chấm, gạch ngang'),
    fullName: z.string().trim().min(2, 'Vui lòng nhập họ và tên').max(120),
    password: z.string().min(10, 'Mật khẩu cần ít nhất 10 ký tự').max(200),
    roles: z.array(z.enum(OFFICER_ROLES)).min(1, 'Chọn ít nhất một vai trò').max(OFFICER_ROLES.length),
    unitId: z.uuid(),
    /** Root of the user's scope; defaults to their own unit. */
    scopeUnitId: z.uuid().optional(),
    /** The account holder's person record (council conflicts, signer's name). */
    personId: z.uuid().nullable().optional(),
    /** The position printed under the signature, e.g. "Chủ tịch", "Giám đốc Sở Y tế". */
    positionTitle: positionTitle.nullable().optional(),
    /** Where e-mail notices go; the user can change it and choose the events themselves. */
    email: emailAddress.optional(),
  })
  .strict()
  .openapi('CreateUserInput');
export type CreateUserInput = z.infer<typeof createUserInput>;

/** What an administrator may change on an existing account; absent fields stay as they are. */
export const updateUserInput = z
  .object({
    fullName: z.string().trim().min(2, 'Vui lòng nhập họ và tên').max(120).optional(),
    roles: z
      .array(z.enum(OFFICER_ROLES))
      .min(1, 'Chọn ít nhất một vai trò')
      .max(OFFICER_ROLES.length)
      .optional(),
    personId: z.uuid().nullable().optional(),
    positionTitle: positionTitle.nullable().optional(),
    email: emailAddress.optional(),
  })
  .strict()
  .openapi('UpdateUserInput');
export type UpdateUserInput = z.infer<typeof updateUserInput>;

export const resetPasswordInput = z
  .object({
    temporaryPassword: z.string().min(10, 'Mật khẩu cần ít nhất 10 ký tự').max(200),
  })
  .strict()
  .openapi('ResetPasswordInput');
export type ResetPasswordInput = z.infer<typeof resetPasswordInput>;

export const userOutput = z
  .object({
    id: z.string(),
    username: z.string(),
    fullName: z.string(),
    roles: z.array(z.enum(ROLES)),
    unitId: z.string(),
    scopeUnitId: z.string(),
    /** The linked person record (signer's name, council conflicts). */
    personId: z.string().nullable(),
    /** Name of the linked person record, for display. */
    personName: z.string().nullable(),
    /** The title printed under the user's signature. */
    positionTitle: z.string().nullable(),
    /** Where e-mail notices go; null: none. */
    email: z.string().nullable(),
    /** Disabled by an administrator: cannot sign in. */
    disabled: z.boolean(),
    /** Must pick a new password at the next login (after a reset). */
    mustChangePassword: z.boolean(),
  })
  .openapi('User');
export type UserOutput = z.infer<typeof userOutput>;

/** An account as the list shows it: with what the reader may do on it (user-access.ts USER_ACTIONS). */
export const userListItem = userOutput
  .extend({ allowedActions: allowedActionsSchema('UserAllowedActions', USER_ACTIONS) })
  .openapi('UserListItem');
