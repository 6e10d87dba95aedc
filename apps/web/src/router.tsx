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
import { LoginPage } from './features/auth/components/LoginPage';
import type { PeopleSearch } from './features/people/api/people.types';
import { isApiError } from './lib/api';
import { meQueryOptions } from './lib/session/get-me';
import {
  AppLayout,
  AuditPage,
  AwardSearchPage,
  ClusterPage,
  ClustersPage,
  ComplaintPage,
  ComplaintsPage,
  ConferencePage,
  ConferencesPage,
  CouncilSessionPage,
  CouncilsPage,
  CreatePersonPage,
  CreateProposalPage,
  DashboardPage,
  DocumentSettingsPage,
  EditPersonPage,
  EligibilityPanel,
  FundPage,
  ImportPage,
  IncomingDossierPage,
  IncomingDossiersPage,
  InspectionPlanPage,
  InspectionsPage,
  ModelsPage,
  MovementPage,
  MovementsPage,
  MyWorkPage,
  MyWorkSummary,
  NoticeSettingsPage,
  OrgUnitPage,
  OrgUnitsPage,
  PeopleListPage,
  PersonPage,
  PersonTimelineSlot,
  ProposalPageWithSlots,
  ProposalsPage,
  StatisticsPage,
  TenantAwardsPage,
  UnitEligibilityTabs,
  UnitTimelineSlot,
  UsersPage,
} from './routes/lazy-pages';
import { NotFoundPage } from './routes/NotFoundPage';
import { parsePeopleSearch } from './routes/people-search';
import { RoutePending } from './routes/RoutePending';
import { withChunks } from './routes/with-chunks';

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
  component: withChunks(
    function DashboardRoute() {
      return <DashboardPage myWork={<MyWorkSummary />} />;
    },
    DashboardPage,
    MyWorkSummary,
  ),
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
  component: withChunks(
    function OrgUnitRoute() {
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
    UnitEligibilityTabs,
    OrgUnitPage,
    UnitTimelineSlot,
  ),
});

const peopleRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ca-nhan',
  beforeLoad: requirePermission('person:read'),
  validateSearch: parsePeopleSearch,
  component: withChunks(function PeopleRoute() {
    const search = peopleRoute.useSearch();
    const navigate = useNavigate();
    const onSearchChange = useCallback(
      (next: PeopleSearch) => navigate({ to: '/ca-nhan', search: next, replace: true }),
      [navigate],
    );
    return <PeopleListPage search={search} onSearchChange={onSearchChange} />;
  }, PeopleListPage),
});

const personRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ca-nhan/$personId',
  beforeLoad: requirePermission('person:read'),
  component: withChunks(
    function PersonRoute() {
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
    EligibilityPanel,
    PersonPage,
    PersonTimelineSlot,
  ),
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
  component: withChunks(function EditPersonRoute() {
    const { personId } = editPersonRoute.useParams();
    return <EditPersonPage key={personId} personId={personId} />;
  }, EditPersonPage),
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
  component: withChunks(function ComplaintRoute() {
    const { complaintId } = complaintRoute.useParams();
    return <ComplaintPage key={complaintId} complaintId={complaintId} />;
  }, ComplaintPage),
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
  component: withChunks(function InspectionPlanRoute() {
    const { planId } = inspectionPlanRoute.useParams();
    return <InspectionPlanPage key={planId} planId={planId} />;
  }, InspectionPlanPage),
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
  component: withChunks(function ConferenceRoute() {
    const { conferenceId } = conferenceRoute.useParams();
    return <ConferencePage key={conferenceId} conferenceId={conferenceId} />;
  }, ConferencePage),
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
  component: withChunks(function ProposalsRoute() {
    const navigate = useNavigate();
    return (
      <ProposalsPage
        onOpen={(id) => navigate({ to: '/ho-so-de-nghi/$proposalId', params: { proposalId: id } })}
      />
    );
  }, ProposalsPage),
});

const createProposalRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ho-so-de-nghi/moi',
  beforeLoad: requirePermission('proposal:submit'),
  component: withChunks(function CreateProposalRoute() {
    const navigate = useNavigate();
    return (
      <CreateProposalPage
        onCreated={(id) => navigate({ to: '/ho-so-de-nghi/$proposalId', params: { proposalId: id } })}
      />
    );
  }, CreateProposalPage),
});

const proposalRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ho-so-de-nghi/$proposalId',
  beforeLoad: requirePermission('proposal:read'),
  component: withChunks(function ProposalRoute() {
    const { proposalId } = proposalRoute.useParams();
    return <ProposalPageWithSlots key={proposalId} proposalId={proposalId} />;
  }, ProposalPageWithSlots),
});

const councilsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/hoi-dong',
  beforeLoad: requirePermission('proposal:read'),
  component: withChunks(function CouncilsRoute() {
    const navigate = useNavigate();
    return (
      <CouncilsPage onOpen={(id) => navigate({ to: '/hoi-dong/$sessionId', params: { sessionId: id } })} />
    );
  }, CouncilsPage),
});

const councilRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/hoi-dong/$sessionId',
  beforeLoad: requirePermission('proposal:read'),
  component: withChunks(function CouncilRoute() {
    const { sessionId } = councilRoute.useParams();
    return <CouncilSessionPage key={sessionId} sessionId={sessionId} />;
  }, CouncilSessionPage),
});

/**
 * "Hồ sơ cấp dưới gửi lên": the packages child tenants sent up (docs/interop.md); the national
 * appraiser and the signer read them with proposal:read, as they read their own proposals.
 */
const incomingDossiersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ho-so-cap-duoi-gui-len',
  beforeLoad: requirePermission('proposal:read'),
  component: IncomingDossiersPage,
});

const incomingDossierRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ho-so-cap-duoi-gui-len/$dossierId',
  beforeLoad: requirePermission('proposal:read'),
  component: withChunks(function IncomingDossierRoute() {
    const { dossierId } = incomingDossierRoute.useParams();
    return <IncomingDossierPage key={dossierId} dossierId={dossierId} />;
  }, IncomingDossierPage),
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
  component: withChunks(function MovementRoute() {
    const { movementId } = movementRoute.useParams();
    return <MovementPage key={movementId} movementId={movementId} />;
  }, MovementPage),
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
  component: withChunks(function ClusterRoute() {
    const { clusterId } = clusterRoute.useParams();
    return <ClusterPage key={clusterId} clusterId={clusterId} />;
  }, ClusterPage),
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
    incomingDossiersRoute,
    incomingDossierRoute,
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
    // A route whose chunk or beforeLoad takes longer than this shows a loader in its place
    // (the default waits a full second before showing anything).
    defaultPendingComponent: RoutePending,
    defaultPendingMs: 300,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof buildRouter>;
  }
}
