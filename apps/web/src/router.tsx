import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  Outlet,
  redirect,
  useNavigate,
} from '@tanstack/react-router';
import type { Permission } from '@vinhdanh/domain/auth/permissions';
import { useCallback } from 'react';
import { AuditPage } from './features/audit/components/AuditPage';
import { LoginPage } from './features/auth/components/LoginPage';
import { ClusterPage } from './features/clusters/components/ClusterPage';
import { ClustersPage } from './features/clusters/components/ClustersPage';
import { ComplaintPage } from './features/complaints/components/ComplaintPage';
import { ComplaintsPage } from './features/complaints/components/ComplaintsPage';
import { CouncilSessionPage } from './features/councils/components/CouncilSessionPage';
import { CouncilsPage } from './features/councils/components/CouncilsPage';
import { DashboardPage } from './features/dashboard/components/DashboardPage';
import { DocumentSettingsPage } from './features/document-settings/components/DocumentSettingsPage';
import { EligibilityPanel } from './features/eligibility/components/EligibilityPanel';
import { UnitEligibilityTabs } from './features/eligibility/components/UnitEligibilityTabs';
import { FundPage } from './features/fund/components/FundPage';
import { ImportPage } from './features/imports/components/ImportPage';
import { InspectionPlanPage } from './features/inspections/components/InspectionPlanPage';
import { InspectionsPage } from './features/inspections/components/InspectionsPage';
import { ConferencePage } from './features/models/components/ConferencePage';
import { ConferencesPage } from './features/models/components/ConferencesPage';
import { ModelsPage } from './features/models/components/ModelsPage';
import { MovementPage } from './features/movements/components/MovementPage';
import { MovementsPage } from './features/movements/components/MovementsPage';
import { MyWorkPage } from './features/my-work/components/MyWorkPage';
import { MyWorkSummary } from './features/my-work/components/MyWorkSummary';
import { NoticeSettingsPage } from './features/notice-settings/components/NoticeSettingsPage';
import { OrgUnitPage } from './features/org-units/components/OrgUnitPage';
import { OrgUnitsPage } from './features/org-units/components/OrgUnitsPage';
import type { PeopleSearch } from './features/people/api/people.types';
import { CreatePersonPage } from './features/people/components/CreatePersonPage';
import { EditPersonPage } from './features/people/components/EditPersonPage';
import { PeopleListPage } from './features/people/components/PeopleListPage';
import { PersonPage } from './features/people/components/PersonPage';
import { CreateProposalPage } from './features/proposals/components/CreateProposalPage';
import { ProposalsPage } from './features/proposals/components/ProposalsPage';
import { AwardSearchPage } from './features/records/components/AwardSearchPage';
import { StatisticsPage } from './features/reports/components/StatisticsPage';
import { TenantAwardsPage } from './features/tenant-awards/components/TenantAwardsPage';
import { UsersPage } from './features/users/components/UsersPage';
import { isApiError } from './lib/api';
import { meQueryOptions } from './lib/session/get-me';
import { AppLayout } from './routes/AppLayout';
import { NotFoundPage } from './routes/NotFoundPage';
import { parsePeopleSearch } from './routes/people-search';
import { ProposalPageWithSlots } from './routes/proposal-slots';
import { PersonTimelineSlot, UnitTimelineSlot } from './routes/timeline-slots';

type RouterContext = { queryClient: QueryClient };

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/dang-nhap',
  validateSearch: (search: Record<string, unknown>): { redirect?: string; 'loi-moi'?: string } => ({
    ...(typeof search.redirect === 'string' && search.redirect.startsWith('/')
      ? { redirect: search.redirect }
      : {}),
    // An administrator's invitation code, handed over as a link for the first SSO / VNeID login.
    ...(typeof search['loi-moi'] === 'string' ? { 'loi-moi': search['loi-moi'] } : {}),
  }),
  component: function LoginRoute() {
    const { redirect: target, 'loi-moi': invitation } = loginRoute.useSearch();
    const navigate = useNavigate();
    return (
      <LoginPage
        invitation={invitation}
        onLoggedIn={() => navigate({ href: target ?? '/', replace: true })}
      />
    );
  },
});

/** Everything behind login: the shell loads /auth/me once and redirects to login without a session. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    try {
      const me = await context.queryClient.ensureQueryData(meQueryOptions);
      // A citizen (signed in through VNeID) has no place in the officers' console: their page is
      // the portal's "Hồ sơ của tôi".
      if (me.user.roles.includes('CITIZEN')) {
        throw redirect({ href: '/cong-khai/ho-so-cua-toi', reloadDocument: true });
      }
    } catch (error) {
      if (isApiError(error, 'UNAUTHENTICATED')) {
        throw redirect({
          to: '/dang-nhap',
          search: location.href === '/' ? {} : { redirect: location.href },
        });
      }
      throw error;
    }
  },
  component: AppLayout,
});

/** Hides a page from users without the permission; the API refuses them anyway. */
function requirePermission(permission: Permission) {
  return async ({ context }: { context: RouterContext }) => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions);
    if (!me.permissions.includes(permission)) throw redirect({ to: '/' });
  };
}

const dashboardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  component: function DashboardRoute() {
    return <DashboardPage myWork={<MyWorkSummary />} />;
  },
});

/** "Việc chờ tôi xử lý": every signed-in user has one (empty for roles without such work). */
const myWorkRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/viec-cho-xu-ly',
  component: MyWorkPage,
});

/** "Thư thông báo": the signed-in user's own e-mail address and notice events (header link). */
const noticeSettingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/thu-thong-bao',
  component: NoticeSettingsPage,
});

const orgUnitsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/don-vi',
  beforeLoad: requirePermission('orgUnit:read'),
  component: OrgUnitsPage,
});

const orgUnitRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/don-vi/$unitId',
  beforeLoad: requirePermission('orgUnit:read'),
  component: function OrgUnitRoute() {
    const { unitId } = orgUnitRoute.useParams();
    return (
      <OrgUnitPage
        key={unitId}
        unitId={unitId}
        eligibility={<UnitEligibilityTabs unitId={unitId} />}
        timeline={<UnitTimelineSlot unitId={unitId} />}
      />
    );
  },
});

const peopleRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ca-nhan',
  beforeLoad: requirePermission('person:read'),
  validateSearch: parsePeopleSearch,
  component: function PeopleRoute() {
    const search = peopleRoute.useSearch();
    const navigate = useNavigate();
    const onSearchChange = useCallback(
      (next: PeopleSearch) => navigate({ to: '/ca-nhan', search: next, replace: true }),
      [navigate],
    );
    return <PeopleListPage search={search} onSearchChange={onSearchChange} />;
  },
});

const personRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ca-nhan/$personId',
  beforeLoad: requirePermission('person:read'),
  component: function PersonRoute() {
    const { personId } = personRoute.useParams();
    return (
      <PersonPage
        key={personId}
        personId={personId}
        eligibility={<EligibilityPanel subjectId={personId} />}
        timeline={<PersonTimelineSlot personId={personId} />}
      />
    );
  },
});

const createPersonRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ca-nhan/moi',
  beforeLoad: requirePermission('person:create'),
  component: CreatePersonPage,
});

const editPersonRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ca-nhan/$personId/sua',
  beforeLoad: requirePermission('person:update'),
  component: function EditPersonRoute() {
    const { personId } = editPersonRoute.useParams();
    return <EditPersonPage key={personId} personId={personId} />;
  },
});

const awardSearchRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tra-cuu-khen-thuong',
  beforeLoad: requirePermission('record:read'),
  component: AwardSearchPage,
});

const statisticsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/thong-ke',
  beforeLoad: requirePermission('report:read'),
  component: StatisticsPage,
});

/** The fund is the tenant's: only root-scoped holders of fund:read reach it (the API says so too). */
const fundRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/quy-thi-dua',
  beforeLoad: async ({ context }) => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions);
    if (!me.permissions.includes('fund:read') || !me.user.isTenantWide) throw redirect({ to: '/' });
  },
  component: FundPage,
});

/** The complaint handler's cases (docs/complaints.md); the queue's complaint items open here. */
const complaintsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/khieu-nai-to-cao',
  beforeLoad: requirePermission('complaint:handle'),
  component: ComplaintsPage,
});

const complaintRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/khieu-nai-to-cao/$complaintId',
  beforeLoad: requirePermission('complaint:handle'),
  component: function ComplaintRoute() {
    const { complaintId } = complaintRoute.useParams();
    return <ComplaintPage key={complaintId} complaintId={complaintId} />;
  },
});

const modelsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/dien-hinh',
  beforeLoad: requirePermission('model:read'),
  component: ModelsPage,
});

/** The inspector's plans (docs/inspections.md); the queue's follow-up items open a plan here. */
const inspectionsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/kiem-tra',
  beforeLoad: requirePermission('inspection:manage'),
  component: InspectionsPage,
});

const inspectionPlanRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/kiem-tra/$planId',
  beforeLoad: requirePermission('inspection:manage'),
  component: function InspectionPlanRoute() {
    const { planId } = inspectionPlanRoute.useParams();
    return <InspectionPlanPage key={planId} planId={planId} />;
  },
});

const conferencesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/hoi-nghi-dien-hinh',
  beforeLoad: requirePermission('model:review'),
  component: ConferencesPage,
});

const conferenceRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/hoi-nghi-dien-hinh/$conferenceId',
  beforeLoad: requirePermission('model:review'),
  component: function ConferenceRoute() {
    const { conferenceId } = conferenceRoute.useParams();
    return <ConferencePage key={conferenceId} conferenceId={conferenceId} />;
  },
});

const importsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/nhap-du-lieu',
  beforeLoad: requirePermission('import:run'),
  component: ImportPage,
});

const usersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tai-khoan',
  beforeLoad: requirePermission('user:read'),
  component: UsersPage,
});

const auditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/nhat-ky',
  beforeLoad: requirePermission('audit:read'),
  component: AuditPage,
});

const documentSettingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/thiet-lap-van-ban',
  beforeLoad: requirePermission('documentSettings:manage'),
  component: DocumentSettingsPage,
});

const tenantAwardsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/danh-hieu-cua-tinh',
  beforeLoad: requirePermission('ruleParams:manage'),
  component: TenantAwardsPage,
});

const proposalsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ho-so-de-nghi',
  beforeLoad: requirePermission('proposal:read'),
  component: function ProposalsRoute() {
    const navigate = useNavigate();
    return (
      <ProposalsPage
        onOpen={(id) => navigate({ to: '/ho-so-de-nghi/$proposalId', params: { proposalId: id } })}
      />
    );
  },
});

const createProposalRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ho-so-de-nghi/moi',
  beforeLoad: requirePermission('proposal:submit'),
  component: function CreateProposalRoute() {
    const navigate = useNavigate();
    return (
      <CreateProposalPage
        onCreated={(id) => navigate({ to: '/ho-so-de-nghi/$proposalId', params: { proposalId: id } })}
      />
    );
  },
});

const proposalRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ho-so-de-nghi/$proposalId',
  beforeLoad: requirePermission('proposal:read'),
  component: function ProposalRoute() {
    const { proposalId } = proposalRoute.useParams();
    return <ProposalPageWithSlots key={proposalId} proposalId={proposalId} />;
  },
});

const councilsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/hoi-dong',
  beforeLoad: requirePermission('proposal:read'),
  component: function CouncilsRoute() {
    const navigate = useNavigate();
    return (
      <CouncilsPage onOpen={(id) => navigate({ to: '/hoi-dong/$sessionId', params: { sessionId: id } })} />
    );
  },
});

const councilRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/hoi-dong/$sessionId',
  beforeLoad: requirePermission('proposal:read'),
  component: function CouncilRoute() {
    const { sessionId } = councilRoute.useParams();
    return <CouncilSessionPage key={sessionId} sessionId={sessionId} />;
  },
});

const movementsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/phong-trao',
  beforeLoad: requirePermission('movement:read'),
  component: MovementsPage,
});

const movementRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/phong-trao/$movementId',
  beforeLoad: requirePermission('movement:read'),
  component: function MovementRoute() {
    const { movementId } = movementRoute.useParams();
    return <MovementPage key={movementId} movementId={movementId} />;
  },
});

const clustersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/cum-khoi',
  beforeLoad: requirePermission('cluster:read'),
  component: ClustersPage,
});

const clusterRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/cum-khoi/$clusterId',
  beforeLoad: requirePermission('cluster:read'),
  component: function ClusterRoute() {
    const { clusterId } = clusterRoute.useParams();
    return <ClusterPage key={clusterId} clusterId={clusterId} />;
  },
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  appRoute.addChildren([
    dashboardRoute,
    myWorkRoute,
    noticeSettingsRoute,
    orgUnitsRoute,
    orgUnitRoute,
    peopleRoute,
    createPersonRoute,
    personRoute,
    editPersonRoute,
    awardSearchRoute,
    statisticsRoute,
    fundRoute,
    complaintsRoute,
    complaintRoute,
    modelsRoute,
    inspectionsRoute,
    inspectionPlanRoute,
    conferencesRoute,
    conferenceRoute,
    importsRoute,
    usersRoute,
    auditRoute,
    documentSettingsRoute,
    tenantAwardsRoute,
    proposalsRoute,
    createProposalRoute,
    proposalRoute,
    councilsRoute,
    councilRoute,
    movementsRoute,
    movementRoute,
    clustersRoute,
    clusterRoute,
  ]),
]);

export function buildRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof buildRouter>;
  }
}
