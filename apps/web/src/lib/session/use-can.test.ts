import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

// Issue 18: an entity's actions come with the entity (`allowedActions`, decided by the server with
// the routes' own rules); useCan, the session's permissions, is only for collection-level actions
// (a "create" with no entity yet), counters and navigation. This list is every file that may still
// import it, so a new per-entity button cannot quietly re-derive its rule from roles: a new file
// here needs a reason, and a file that stops importing it must leave the list.
const SRC = join(import.meta.dirname, '../..');

const ALLOWED: Record<string, string> = {
  // Collection-level: create buttons, filters and counters, with no entity yet.
  'features/models/components/ModelsPage.tsx':
    'the propose button and the emulation office’s review queue (tenant-wide)',
  'features/clusters/components/ClustersPage.tsx': 'create a cluster',
  'features/councils/components/CouncilsPage.tsx': 'create a council session',
  'features/dashboard/components/DashboardCharts.tsx': 'counters',
  'features/dashboard/components/DashboardPage.tsx': 'counters and links',
  'features/movements/components/MovementsPage.tsx': 'launch a movement',
  'features/movements/components/RegistrationsCard.tsx': 'register a unit chosen in the form',
  'features/people/components/PeopleListPage.tsx': 'create, import, export people',
  'features/people/components/EditPersonPage.tsx': 'the new-person form',
  'features/proposals/components/ProposalsPage.tsx': 'create a proposal',
  'features/users/components/UsersPage.tsx': 'create an account, the actions column',
  // Tenant-wide or scope-level pages with no entity of their own to carry flags.
  'features/fund/components/FundPage.tsx': 'the tenant’s fund',
  'features/reports/components/FairnessPanel.tsx': 'report figures of the reader’s scope',
  'features/reports/components/RollupPanel.tsx': 'report roll-up of the reader’s scope',
  'features/reports/components/StatisticsPage.tsx': 'statistics of the reader’s scope',
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

it('only the listed files use the session’s permissions (useCan); entity actions come as allowedActions', () => {
  const importers = sources(SRC)
    .filter((f) => /from '[./]*\/?(lib\/session\/)?use-can'/.test(readFileSync(f, 'utf8')))
    .map((f) => relative(SRC, f))
    .filter((f) => f !== 'lib/session/use-can.ts')
    .sort();
  expect(importers).toEqual(Object.keys(ALLOWED).sort());
});
