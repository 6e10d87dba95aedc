import {
  IconAward,
  IconBuildingCommunity,
  IconBulb,
  IconChartBar,
  IconChecklist,
  IconClipboardCheck,
  IconCoin,
  IconFileCertificate,
  IconFileImport,
  IconFileSettings,
  IconFlag,
  IconGavel,
  IconHistory,
  IconHome,
  IconInbox,
  IconListDetails,
  IconMessageReport,
  IconReportAnalytics,
  IconUserShield,
  IconUsers,
} from '@tabler/icons-react';
import type { Permission } from '@vinhdanh/domain/auth/permissions';
import { ui } from '../i18n/ui';

export type NavItem = {
  key: string;
  label: string;
  to:
    | '/'
    | '/viec-cho-xu-ly'
    | '/don-vi'
    | '/ho-so-de-nghi'
    | '/ca-nhan'
    | '/tra-cuu-khen-thuong'
    | '/nhap-du-lieu'
    | '/tai-khoan'
    | '/nhat-ky'
    | '/thiet-lap-van-ban'
    | '/danh-hieu-cua-tinh'
    | '/phong-trao'
    | '/cum-khoi'
    | '/hoi-dong'
    | '/ho-so-cap-duoi-gui-len'
    | '/thong-ke'
    | '/quy-thi-dua'
    | '/khieu-nai-to-cao'
    | '/dien-hinh'
    | '/kiem-tra'
    | '/hoi-nghi-dien-hinh';
  icon: typeof IconHome;
  /** The menu shows an item only to users holding this permission; the server enforces it anyway. */
  permission?: Permission;
  /** Only for users scoped to the tenant's root: the thing is the tenant's as a whole (the fund). */
  tenantWide?: boolean;
  /** Only in tenants of these kinds (the levels child tenants send dossiers up to). */
  tenantKinds?: readonly ('PROVINCE' | 'MINISTRY' | 'NATIONAL')[];
};

export const NAV_ITEMS: NavItem[] = [
  { key: 'dashboard', label: ui.nav.dashboard, to: '/', icon: IconHome },
  // Every signed-in user has a queue; the menu shows its count (AppLayout).
  { key: 'my-work', label: ui.nav.myWork, to: '/viec-cho-xu-ly', icon: IconChecklist },
  {
    key: 'org-units',
    label: ui.nav.orgUnits,
    to: '/don-vi',
    icon: IconBuildingCommunity,
    permission: 'orgUnit:read',
  },
  { key: 'people', label: ui.nav.people, to: '/ca-nhan', icon: IconUsers, permission: 'person:read' },
  {
    key: 'award-search',
    label: ui.nav.awardSearch,
    to: '/tra-cuu-khen-thuong',
    icon: IconAward,
    permission: 'record:read',
  },
  {
    key: 'proposals',
    label: ui.nav.proposals,
    to: '/ho-so-de-nghi',
    icon: IconFileCertificate,
    permission: 'proposal:read',
  },
  {
    // Same permission as reading a session: members and the secretary find their sessions here.
    key: 'councils',
    label: ui.nav.councils,
    to: '/hoi-dong',
    icon: IconGavel,
    permission: 'proposal:read',
  },
  {
    // The national or ministry level: the dossiers its child tenants send up (docs/interop.md).
    key: 'incoming-dossiers',
    label: ui.exchange.nav,
    to: '/ho-so-cap-duoi-gui-len',
    icon: IconInbox,
    permission: 'proposal:read',
    tenantKinds: ['NATIONAL', 'MINISTRY'],
  },
  {
    key: 'movements',
    label: ui.emulation.nav.movements,
    to: '/phong-trao',
    icon: IconFlag,
    permission: 'movement:read',
  },
  {
    key: 'clusters',
    label: ui.emulation.nav.clusters,
    to: '/cum-khoi',
    icon: IconChartBar,
    permission: 'cluster:read',
  },
  {
    key: 'statistics',
    label: ui.reports.nav,
    to: '/thong-ke',
    icon: IconReportAnalytics,
    permission: 'report:read',
  },
  {
    // The fund is the tenant's: a leader or accountant scoped to a unit is refused it (docs/fund.md).
    key: 'fund',
    label: ui.fund.nav,
    to: '/quy-thi-dua',
    icon: IconCoin,
    permission: 'fund:read',
    tenantWide: true,
  },
  {
    key: 'complaints',
    label: ui.complaints.nav,
    to: '/khieu-nai-to-cao',
    icon: IconMessageReport,
    permission: 'complaint:handle',
  },
  {
    key: 'models',
    label: ui.models.nav,
    to: '/dien-hinh',
    icon: IconBulb,
    permission: 'model:read',
  },
  {
    key: 'model-conferences',
    label: ui.models.conferences.nav,
    to: '/hoi-nghi-dien-hinh',
    icon: IconFileCertificate,
    permission: 'model:review',
  },
  {
    // Inspectors, and the administrators who hold every permission (ROLE_PERMISSIONS).
    key: 'inspections',
    label: ui.inspections.nav,
    to: '/kiem-tra',
    icon: IconClipboardCheck,
    permission: 'inspection:manage',
  },
  {
    key: 'imports',
    label: ui.nav.imports,
    to: '/nhap-du-lieu',
    icon: IconFileImport,
    permission: 'import:run',
  },
  { key: 'users', label: ui.nav.users, to: '/tai-khoan', icon: IconUserShield, permission: 'user:read' },
  { key: 'audit', label: ui.nav.audit, to: '/nhat-ky', icon: IconHistory, permission: 'audit:read' },
  {
    key: 'document-settings',
    label: ui.nav.documentSettings,
    to: '/thiet-lap-van-ban',
    icon: IconFileSettings,
    permission: 'documentSettings:manage',
  },
  {
    key: 'tenant-awards',
    label: ui.nav.tenantAwards,
    to: '/danh-hieu-cua-tinh',
    icon: IconListDetails,
    permission: 'ruleParams:manage',
  },
];
