import { Alert, Badge, Button, Loader, Select, Stack, Tabs, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { t, ui } from '../../../i18n/ui';
import { currentYear } from '../../../lib/dates';
import { useCan } from '../../../lib/session/use-can';
import { useFundAwaiting } from '../api/get-fund-awaiting';
import { fundXlsxUrl, useFundOverview } from '../api/get-fund-overview';
import { AwaitingPayments } from './AwaitingPayments';
import { AwaitingRecoveries } from './AwaitingRecoveries';
import { FundLedgerTable } from './FundLedgerTable';
import { FundReport } from './FundReport';
import { FundTotals } from './FundTotals';
import { ReceiptModal } from './ReceiptModal';

const f = ui.fund;
/** The fund's years on offer: this year and the nine before it. */
const YEARS = 10;

/**
 * "Quỹ thi đua, khen thưởng": the finance office's book of the tenant's fund for one year. The
 * accountant records receipts, confirms the payment of decisions' award money, records recoveries
 * and reverses wrong entries; a leader reads it.
 */
export function FundPage() {
  const can = useCan();
  const canManage = can('fund:manage');
  const thisYear = currentYear();
  const [year, setYear] = useState(thisYear);
  const [receiptOpen, setReceiptOpen] = useState(false);
  // Finance opens on the work waiting for it, until they pick a tab themselves.
  const [tab, setTab] = useState<string | null>(null);
  const overview = useFundOverview(year);
  const awaiting = useFundAwaiting();
  const view = overview.data;
  const waiting = (awaiting.data?.decisions.length ?? 0) + (awaiting.data?.recoveries.length ?? 0);
  return (
    <>
      <PageHeader
        title={f.title}
        subtitle={f.subtitle}
        actions={
          <>
            <Select
              aria-label={f.year}
              data={Array.from({ length: YEARS }, (_, i) => String(thisYear - i))}
              value={String(year)}
              onChange={(v) => v && setYear(Number(v))}
              allowDeselect={false}
              w={110}
              data-testid="fund-year"
            />
            {canManage && view && (
              <Button
                leftSection={<IconPlus size={16} />}
                onClick={() => setReceiptOpen(true)}
                data-testid="fund-add-receipt"
              >
                {f.addReceipt}
              </Button>
            )}
            <Button
              component="a"
              href={fundXlsxUrl(year)}
              download
              variant="light"
              leftSection={<IconFileSpreadsheet size={16} />}
              data-testid="fund-download-xlsx"
            >
              {f.downloadXlsx}
            </Button>
          </>
        }
      />
      {!canManage && (
        <Alert color="blue" mb="md">
          {f.readOnly}
        </Alert>
      )}
      {overview.error && <ErrorAlert error={overview.error} />}
      {overview.isLoading && <Loader size="sm" />}
      {view && (
        <Stack gap="md" opacity={overview.isFetching && overview.isPlaceholderData ? 0.6 : 1}>
          <FundTotals totals={view.totals} />
          {view.totals.closingVnd < 0 && (
            <Alert color="red" data-testid="fund-negative">
              {f.totals.negative}
            </Alert>
          )}
          <Tabs
            value={tab ?? (canManage && waiting > 0 ? 'awaiting' : 'ledger')}
            onChange={setTab}
            keepMounted={false}
          >
            <Tabs.List mb="md">
              <Tabs.Tab value="ledger" data-testid="fund-tab-ledger">
                {f.tabs.ledger}
              </Tabs.Tab>
              <Tabs.Tab
                value="awaiting"
                data-testid="fund-tab-awaiting"
                rightSection={
                  waiting > 0 ? (
                    <Badge size="sm" color="orange" circle>
                      {waiting}
                    </Badge>
                  ) : undefined
                }
              >
                {f.tabs.awaiting}
              </Tabs.Tab>
              <Tabs.Tab value="report" data-testid="fund-tab-report">
                {f.tabs.report}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="ledger">
              <Title order={4} mb="sm">
                {t(f.ledger.title, { year })}
              </Title>
              <FundLedgerTable entries={view.entries} canManage={canManage} />
            </Tabs.Panel>
            <Tabs.Panel value="awaiting">
              {awaiting.error && <ErrorAlert error={awaiting.error} />}
              {awaiting.data && (
                <Stack>
                  <AwaitingRecoveries items={awaiting.data.recoveries} canManage={canManage} />
                  <AwaitingPayments decisions={awaiting.data.decisions} canManage={canManage} />
                </Stack>
              )}
            </Tabs.Panel>
            <Tabs.Panel value="report">
              <Title order={4} mb="sm">
                {t(f.report.title, { year })}
              </Title>
              <FundReport view={view} />
            </Tabs.Panel>
          </Tabs>
        </Stack>
      )}
      {receiptOpen && view && <ReceiptModal sources={view.sources} onClose={() => setReceiptOpen(false)} />}
    </>
  );
}
