import type { Permission } from '@vinhdanh/domain/auth/permissions';
import { useMe } from './get-me';

/** Whether the signed-in user holds a permission; the server still enforces it and the scope. */
export function useCan(): (permission: Permission) => boolean {
  const { data } = useMe();
  return (permission) => data?.permissions.includes(permission) ?? false;
}
