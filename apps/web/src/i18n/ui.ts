// Every piece of UI text lives here, in Vietnamese. Components never hold inline strings.
// Named `ui`, not `vi`: a test that imports Vitest's `vi` could not also import the catalogue.
import { uiAudit } from './ui-audit';
import { uiAuth, uiMfa, uiPassword } from './ui-auth';
import { uiClusters } from './ui-clusters';
import { uiApp, uiDemoBanner, uiErrors, uiHeader, uiNav, uiRoles } from './ui-common';
import { uiComplaints } from './ui-complaints';
import { uiCouncils } from './ui-councils';
import { uiDashboard } from './ui-dashboard';
import { uiDecisions } from './ui-decisions';
import { uiDocumentSettings } from './ui-document-settings';
import { uiDocuments } from './ui-documents';
import { uiEligibility } from './ui-eligibility';
import { uiExchange } from './ui-exchange';
import { uiFund } from './ui-fund';
import { uiImports } from './ui-imports';
import { uiInspections } from './ui-inspections';
import { uiModels } from './ui-models';
import { uiMovements } from './ui-movements';
import { uiMyWork } from './ui-my-work';
import { uiNoticeSettings } from './ui-notice-settings';
import { uiOrgUnits } from './ui-org-units';
import { uiPeople } from './ui-people';
import { uiNominees, uiProposals } from './ui-proposals';
import { uiRecords } from './ui-records';
import { uiReports } from './ui-reports';
import { uiTenantAwards } from './ui-tenant-awards';
import { uiTimeline } from './ui-timeline';
import { uiUsers } from './ui-users';

export const ui = {
  reports: uiReports,
  fund: uiFund,
  complaints: uiComplaints,
  models: uiModels,
  inspections: uiInspections,
  tenantAwards: uiTenantAwards,
  app: uiApp,
  nav: uiNav,
  header: uiHeader,
  auth: uiAuth,
  errors: uiErrors,
  roles: uiRoles,
  dashboard: uiDashboard,
  orgUnits: uiOrgUnits,
  people: uiPeople,
  users: uiUsers,
  password: uiPassword,
  mfa: uiMfa,
  demoBanner: uiDemoBanner,
  eligibility: uiEligibility,
  audit: uiAudit,
  imports: uiImports,
  timeline: uiTimeline,
  records: uiRecords,
  nominees: uiNominees,
  proposals: uiProposals,
  councils: uiCouncils,
  decisions: uiDecisions,
  documents: uiDocuments,
  documentSettings: uiDocumentSettings,
  exchange: uiExchange,
  // One object for the two features, as the pages and the menu read it.
  emulation: { ...uiMovements, ...uiClusters },
  myWork: uiMyWork,
  noticeSettings: uiNoticeSettings,
} as const;

/** Fills `{name}` placeholders in a catalogue string. */
export function t(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
}
