import { Paper, Tabs } from '@mantine/core';
import { IconListCheck, IconUsersGroup } from '@tabler/icons-react';
import { ui } from '../../../i18n/ui';
import { EligibilityBody } from './EligibilityBody';
import { UnitSuggestions } from './UnitSuggestions';

/**
 * The unit page's eligibility area: the unit judged as a collective, and the suggestion list
 * for its whole subtree. Panels mount only when opened, since the suggestion list may run a scan.
 * The unit page shows it only when the unit says the reader may (allowedActions.readEligibility).
 */
export function UnitEligibilityTabs({ unitId }: { unitId: string }) {
  return (
    <Paper withBorder radius="md" p="lg">
      <Tabs defaultValue="eligibility" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab
            value="eligibility"
            leftSection={<IconListCheck size={16} />}
            data-testid="unit-tab-eligibility"
          >
            {ui.eligibility.tabs.eligibility}
          </Tabs.Tab>
          <Tabs.Tab
            value="suggestions"
            leftSection={<IconUsersGroup size={16} />}
            data-testid="unit-tab-suggestions"
          >
            {ui.eligibility.tabs.suggestions}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="eligibility">
          <EligibilityBody subjectId={unitId} />
        </Tabs.Panel>
        <Tabs.Panel value="suggestions">
          <UnitSuggestions unitId={unitId} />
        </Tabs.Panel>
      </Tabs>
    </Paper>
  );
}
