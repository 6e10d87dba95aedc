import { Button, Loader, Select } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { RouterAnchor } from '../../../components/RouterAnchor';
import { ui } from '../../../i18n/ui';
import { type InspectionPlan, useInspectionPlans } from '../api/inspections';
import { PlanFormModal } from './PlanFormModal';

const t = ui.inspections;
type Summary = Omit<InspectionPlan, 'units' | 'findings' | 'allowedActions'>;

/** "Kiểm tra TĐKT": the inspection plans of the inspector's subtree, by year, and a new plan. */
export function InspectionsPage() {
  const [year, setYear] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  const list = useInspectionPlans(year ? Number(year) : null);
  const thisYear = new Date().getFullYear();
  return (
    <>
      <PageHeader
        title={t.title}
        subtitle={t.subtitle}
        actions={
          <>
            <Select
              aria-label={t.year}
              placeholder={t.allYears}
              clearable
              data={[thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map(String)}
              value={year}
              onChange={setYear}
              w={160}
            />
            <Button onClick={() => setCreating(true)} data-testid="plan-create">
              {t.create}
            </Button>
          </>
        }
      />
      {list.error && <ErrorAlert error={list.error} />}
      {list.isPending ? (
        <Loader />
      ) : (
        <DataTable<Summary>
          data-testid="inspection-plan-list"
          withTableBorder
          minHeight={120}
          noRecordsText={t.empty}
          records={list.data?.items ?? []}
          columns={[
            { accessor: 'year', title: t.year },
            {
              accessor: 'title',
              title: t.colTitle,
              render: (r) => (
                <RouterAnchor to="/kiem-tra/$planId" params={{ planId: r.id }}>
                  {r.title}
                </RouterAnchor>
              ),
            },
            { accessor: 'unitName', title: t.colUnit },
            { accessor: 'unitCount', title: t.colUnits },
            {
              accessor: 'findingCount',
              title: t.colFindings,
              render: (r) => t.openFindings(r.openFindingCount, r.findingCount),
            },
          ]}
        />
      )}
      {creating && (
        <PlanFormModal
          opened
          onClose={() => setCreating(false)}
          onSaved={(id) => navigate({ to: '/kiem-tra/$planId', params: { planId: id } })}
        />
      )}
    </>
  );
}
