export const ROLES = [
  'SYSTEM_ADMIN',
  'TENANT_ADMIN',
  'UNIT_OFFICER',
  'APPRAISER',
  'COUNCIL_SECRETARY',
  'COUNCIL_MEMBER',
  'LEADER',
  'VIEWER',
  'COMPLAINT_HANDLER',
  'INSPECTOR',
  // A citizen signed in through the national identity (VNeID) to file online; sees only their
  // own filings and no officer route.
  'CITIZEN',
  'FINANCE',
] as const;
export type Role = (typeof ROLES)[number];

/** The roles an administrator may give: a citizen account is made only by the national login. */
export const OFFICER_ROLES = ROLES.filter((r): r is Exclude<Role, 'CITIZEN'> => r !== 'CITIZEN');

export function isCitizen(roles: readonly string[]): boolean {
  return roles.includes('CITIZEN');
}

export const ROLE_LABELS: Record<Role, string> = {
  SYSTEM_ADMIN: 'Quản trị hệ thống',
  TENANT_ADMIN: 'Quản trị đơn vị chủ quản',
  UNIT_OFFICER: 'Cán bộ thi đua, khen thưởng đơn vị',
  APPRAISER: 'Chuyên viên thẩm định',
  COUNCIL_SECRETARY: 'Thư ký Hội đồng',
  COUNCIL_MEMBER: 'Thành viên Hội đồng',
  LEADER: 'Lãnh đạo, người ký',
  VIEWER: 'Người xem',
  COMPLAINT_HANDLER: 'Cán bộ giải quyết khiếu nại, tố cáo',
  INSPECTOR: 'Cán bộ kiểm tra công tác thi đua, khen thưởng',
  CITIZEN: 'Công dân',
  FINANCE: 'Kế toán Quỹ thi đua, khen thưởng',
};
