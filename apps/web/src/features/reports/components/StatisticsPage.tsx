import { Button, Group, Paper, Select, Stack, Tabs, Text } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypePdf, IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { UnitSelect } from '../../../components/UnitSelect';
import { VnNumberInput } from '../../../components/VnNumberInput';
import { t, ui } from '../../../i18n/ui';
import { currentYear } from '../../../lib/dates';
import { useMe } from '../../../lib/session/get-me';
import { useCan } from '../../../lib/session/use-can';
import { formFileUrl, useStatisticalForm } from '../api/get-statistical-form';
import type { FormCode, FormSearch } from '../api/reports.types';
import { CellRecordsDrawer } from './CellRecordsDrawer';
import { FairnessPanel } from './FairnessPanel';
import { FormTable } from './FormTable';
import { FreezeReportDialog } from './FreezeReportDialog';
import { RollupPanel } from './RollupPanel';
import { SnapshotList } from './SnapshotList';
import { YearSummaryPanel } from './YearSummaryPanel';

const f = ui.reports.forms;

export function StatisticsPage() {
  const can = useCan();
  // A ministry or the national body adds up the frozen reports its provinces send up.
  const receives = useMe().data?.user.tenantKind !== 'PROVINCE' && can('report:read');
  return (
    <Tabs defaultValue="forms" keepMounted={false}>
      <Tabs.List mb="md">
        <Tabs.Tab value="forms" data-testid="tab-forms">
          {ui.reports.tabs.forms}
        </Tabs.Tab>
        <Tabs.Tab value="fairness" data-testid="tab-fairness">
          {ui.reports.tabs.fairness}
        </Tabs.Tab>
        {can('document:generate') && (
          <Tabs.Tab value="summary" data-testid="tab-summary">
            {ui.reports.tabs.summary}
          </Tabs.Tab>
        )}
        {receives && (
          <Tabs.Tab value="rollup" data-testid="tab-rollup">
            {ui.reports.tabs.rollup}
          </Tabs.Tab>
        )}
      </Tabs.List>
      <Tabs.Panel value="forms">
        <FormsPanel />
      </Tabs.Panel>
      <Tabs.Panel value="fairness">
        <FairnessPanel />
      </Tabs.Panel>
      <Tabs.Panel value="summary">
        <YearSummaryPanel />
      </Tabs.Panel>
      <Tabs.Panel value="rollup">
        <RollupPanel />
      </Tabs.Panel>
    </Tabs>
  );
}

function FormsPanel() {
  const can = useCan();
  const [search, setSearch] = useState<FormSearch>({ form: '0603', year: currentYear() - 1 });
  const [cell, setCell] = useState<{ row: string; column: string } | null>(null);
  const [freezing, setFreezing] = useState(false);
  const { data, error, isFetching } = useStatisticalForm(search);
  return (
    <>
      <PageHeader
        title={f.title}
        subtitle={f.subtitle}
        actions={
          <>
            <Button
              component="a"
              href={formFileUrl(search, 'xlsx')}
              variant="light"
              leftSection={<IconFileSpreadsheet size={16} />}
              data-testid="form-download-xlsx"
            >
              {f.downloadXlsx}
            </Button>
            <Button
              component="a"
              href={formFileUrl(search, 'pdf')}
              variant="light"
              leftSection={<IconFileTypePdf size={16} />}
              data-testid="form-download-pdf"
            >
              {f.downloadPdf}
            </Button>
            {can('report:freeze') && (
              <Button
                leftSection={<IconLock size={16} />}
                onClick={() => setFreezing(true)}
                disabled={!data || isFetching}
                data-testid="freeze-open"
              >
                {ui.reports.freeze.button}
              </Button>
            )}
          </>
        }
      />
      <Paper withBorder radius="md" p="md" mb="md">
        <Group align="flex-end">
          <Select
            label={f.form}
            data={Object.entries(f.options).map(([value, label]) => ({ value, label }))}
            value={search.form}
            onChange={(v) => v && setSearch({ ...search, form: v as FormCode })}
            allowDeselect={false}
            w={320}
            data-testid="form-select"
          />
          <VnNumberInput
            label={f.year}
            value={search.year}
            min={2000}
            max={2100}
            // A refused year keeps the form as it was; the field says why.
            onChange={(v) => typeof v === 'number' && !Number.isNaN(v) && setSearch({ ...search, year: v })}
            w={130}
            data-testid="form-year"
          />
          <UnitSelect
            label={f.unit}
            placeholder={f.unitPlaceholder}
            value={search.unitId ?? null}
            onChange={(v) => setSearch({ ...search, unitId: v ?? undefined })}
            w={340}
          />
        </Group>
      </Paper>
      {error && <ErrorAlert error={error} />}
      {data && (
        <Stack gap="xs" opacity={isFetching ? 0.6 : 1}>
          <Text fw={700} ta="center" tt="uppercase" data-testid="form-title">
            {data.title} — {data.form}
          </Text>
          <Group justify="space-between">
            <Text size="sm" data-testid="form-unit">
              {t(f.reportingUnit, { unit: data.unitName })}
            </Text>
            <Text size="sm" c="dimmed">
              {t(f.version, { version: data.version })}
            </Text>
          </Group>
          <Text size="xs" c="dimmed">
            {f.clickHint}
          </Text>
          <FormTable form={data} onCell={(row, column) => setCell({ row, column })} />
        </Stack>
      )}
      <SnapshotList year={search.year} unitId={search.unitId} />
      <CellRecordsDrawer search={search} cell={cell} onClose={() => setCell(null)} />
      {data && (
        <FreezeReportDialog
          key={`${search.form}-${search.year}-${search.unitId ?? ''}`}
          search={search}
          unitName={data.unitName}
          opened={freezing}
          onClose={() => setFreezing(false)}
        />
      )}
    </>
  );
}
