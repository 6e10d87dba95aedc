import type { Role } from './roles';

/**
 * Roles that must sign in with a second factor (TOTP): whoever administers accounts or the system,
 * the signers (LEADER), whose approval puts a decision into force, and the fund's accountant (FINANCE),
 * whose confirmation pays out public money. TCVN 11930 level 3 asks for it on administrative access;
 * other roles may be added by setting (VINHDANH_MFA_ROLES), never removed from this list.
 */
export const MFA_REQUIRED_ROLES: readonly Role[] = ['SYSTEM_ADMIN', 'TENANT_ADMIN', 'LEADER', 'FINANCE'];

export function isMfaRequired(roles: readonly string[], extraRoles: readonly string[] = []): boolean {
  return roles.some((r) => MFA_REQUIRED_ROLES.includes(r as Role) || extraRoles.includes(r));
}
