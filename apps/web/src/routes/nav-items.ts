import { IconBuildingCommunity, IconHistory, IconHome, IconUserShield, IconUsers } from '@tabler/icons-react';
import type { Permission } from '@vinhdanh/domain/auth/permissions';
import { vi } from '../i18n/vi';

export type NavItem = {
  key: string;
  label: string;
  to: '/' | '/don-vi' | '/ca-nhan' | '/tai-khoan' | '/nhat-ky';
  icon: typeof IconHome;
  /** The menu shows an item only to users holding this permission; the server enforces it anyway. */
  permission?: Permission;
};

export const NAV_ITEMS: NavItem[] = [
  { key: 'dashboard', label: vi.nav.dashboard, to: '/', icon: IconHome },
  {
    key: 'org-units',
    label: vi.nav.orgUnits,
    to: '/don-vi',
    icon: IconBuildingCommunity,
    permission: 'orgUnit:read',
  },
  { key: 'people', label: vi.nav.people, to: '/ca-nhan', icon: IconUsers, permission: 'person:read' },
  { key: 'users', label: vi.nav.users, to: '/tai-khoan', icon: IconUserShield, permission: 'user:read' },
  { key: 'audit', label: vi.nav.audit, to: '/nhat-ky', icon: IconHistory, permission: 'audit:read' },
];
