import { z } from '@hono/zod-openapi';
import { ROLES } from '@vinhdanh/domain/auth/roles';

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
    roles: z.array(z.enum(ROLES)).min(1, 'Chọn ít nhất một vai trò').max(ROLES.length),
    unitId: z.uuid(),
    /** Root of the user's scope; defaults to their own unit. */
    scopeUnitId: z.uuid().optional(),
  })
  .strict()
  .openapi('CreateUserInput');
export type CreateUserInput = z.infer<typeof createUserInput>;

export const userOutput = z
  .object({
    id: z.string(),
    username: z.string(),
    fullName: z.string(),
    roles: z.array(z.enum(ROLES)),
    unitId: z.string(),
    scopeUnitId: z.string(),
  })
  .openapi('User');
