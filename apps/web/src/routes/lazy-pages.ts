import { lazyRouteComponent } from '@tanstack/react-router';

// Split by route (issue 19): the router (apps/web/src/router.tsx), the login page and the
// not-found page are all a cold visit to /dang-nhap downloads. The shell and every feature's
// pages are chunks the router loads when one of their routes matches (and preloads on hover,
// defaultPreload 'intent'), so the login form does not wait for the charts, tables and forms it
// never shows. A chunk that went missing after a new deployment reloads the page once
// (lazyRouteComponent's own handling); any other failure reaches the route's error boundary.
export const AuditPage = lazyRouteComponent(
  () => import('../features/audit/components/AuditPage'),
  'AuditPage',
);
export const ClusterPage = lazyRouteComponent(
  () => import('../features/clusters/components/ClusterPage'),
  'ClusterPage',
);
export const ClustersPage = lazyRouteComponent(
  () => import('../features/clusters/components/ClustersPage'),
  'ClustersPage',
);
export const ComplaintPage = lazyRouteComponent(
  () => import('../features/complaints/components/ComplaintPage'),
  'ComplaintPage',
);
export const ComplaintsPage = lazyRouteComponent(
  () => import('../features/complaints/components/ComplaintsPage'),
  'ComplaintsPage',
);
export const CouncilSessionPage = lazyRouteComponent(
  () => import('../features/councils/components/CouncilSessionPage'),
  'CouncilSessionPage',
);
export const CouncilsPage = lazyRouteComponent(
  () => import('../features/councils/components/CouncilsPage'),
  'CouncilsPage',
);
export const DashboardPage = lazyRouteComponent(
  () => import('../features/dashboard/components/DashboardPage'),
  'DashboardPage',
);
export const DocumentSettingsPage = lazyRouteComponent(
  () => import('../features/document-settings/components/DocumentSettingsPage'),
  'DocumentSettingsPage',
);
export const EligibilityPanel = lazyRouteComponent(
  () => import('../features/eligibility/components/EligibilityPanel'),
  'EligibilityPanel',
);
export const UnitEligibilityTabs = lazyRouteComponent(
  () => import('../features/eligibility/components/UnitEligibilityTabs'),
  'UnitEligibilityTabs',
);
export const IncomingDossierPage = lazyRouteComponent(
  () => import('../features/exchange/components/IncomingDossierPage'),
  'IncomingDossierPage',
);
export const IncomingDossiersPage = lazyRouteComponent(
  () => import('../features/exchange/components/IncomingDossiersPage'),
  'IncomingDossiersPage',
);
export const FundPage = lazyRouteComponent(() => import('../features/fund/components/FundPage'), 'FundPage');
export const ImportPage = lazyRouteComponent(
  () => import('../features/imports/components/ImportPage'),
  'ImportPage',
);
export const InspectionPlanPage = lazyRouteComponent(
  () => import('../features/inspections/components/InspectionPlanPage'),
  'InspectionPlanPage',
);
export const InspectionsPage = lazyRouteComponent(
  () => import('../features/inspections/components/InspectionsPage'),
  'InspectionsPage',
);
export const ConferencePage = lazyRouteComponent(
  () => import('../features/models/components/ConferencePage'),
  'ConferencePage',
);
export const ConferencesPage = lazyRouteComponent(
  () => import('../features/models/components/ConferencesPage'),
  'ConferencesPage',
);
export const ModelsPage = lazyRouteComponent(
  () => import('../features/models/components/ModelsPage'),
  'ModelsPage',
);
export const MovementPage = lazyRouteComponent(
  () => import('../features/movements/components/MovementPage'),
  'MovementPage',
);
export const MovementsPage = lazyRouteComponent(
  () => import('../features/movements/components/MovementsPage'),
  'MovementsPage',
);
export const MyWorkPage = lazyRouteComponent(
  () => import('../features/my-work/components/MyWorkPage'),
  'MyWorkPage',
);
export const MyWorkSummary = lazyRouteComponent(
  () => import('../features/my-work/components/MyWorkSummary'),
  'MyWorkSummary',
);
export const NoticeSettingsPage = lazyRouteComponent(
  () => import('../features/notice-settings/components/NoticeSettingsPage'),
  'NoticeSettingsPage',
);
export const OrgUnitPage = lazyRouteComponent(
  () => import('../features/org-units/components/OrgUnitPage'),
  'OrgUnitPage',
);
export const OrgUnitsPage = lazyRouteComponent(
  () => import('../features/org-units/components/OrgUnitsPage'),
  'OrgUnitsPage',
);
export const CreatePersonPage = lazyRouteComponent(
  () => import('../features/people/components/CreatePersonPage'),
  'CreatePersonPage',
);
export const EditPersonPage = lazyRouteComponent(
  () => import('../features/people/components/EditPersonPage'),
  'EditPersonPage',
);
export const PeopleListPage = lazyRouteComponent(
  () => import('../features/people/components/PeopleListPage'),
  'PeopleListPage',
);
export const PersonPage = lazyRouteComponent(
  () => import('../features/people/components/PersonPage'),
  'PersonPage',
);
export const CreateProposalPage = lazyRouteComponent(
  () => import('../features/proposals/components/CreateProposalPage'),
  'CreateProposalPage',
);
export const ProposalsPage = lazyRouteComponent(
  () => import('../features/proposals/components/ProposalsPage'),
  'ProposalsPage',
);
export const AwardSearchPage = lazyRouteComponent(
  () => import('../features/records/components/AwardSearchPage'),
  'AwardSearchPage',
);
export const StatisticsPage = lazyRouteComponent(
  () => import('../features/reports/components/StatisticsPage'),
  'StatisticsPage',
);
export const TenantAwardsPage = lazyRouteComponent(
  () => import('../features/tenant-awards/components/TenantAwardsPage'),
  'TenantAwardsPage',
);
export const UsersPage = lazyRouteComponent(
  () => import('../features/users/components/UsersPage'),
  'UsersPage',
);
export const AppLayout = lazyRouteComponent(() => import('./AppLayout'), 'AppLayout');
export const ProposalPageWithSlots = lazyRouteComponent(
  () => import('./proposal-slots'),
  'ProposalPageWithSlots',
);
export const PersonTimelineSlot = lazyRouteComponent(() => import('./timeline-slots'), 'PersonTimelineSlot');
export const UnitTimelineSlot = lazyRouteComponent(() => import('./timeline-slots'), 'UnitTimelineSlot');
