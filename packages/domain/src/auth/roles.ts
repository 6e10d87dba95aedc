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
] as const;
export type Role = (typeof ROLES)[number];

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
};
