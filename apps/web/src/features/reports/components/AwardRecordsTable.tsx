import { AWARD_NAMES } from '@vinhdanh/domain/rules/names';
import { DataTable, type DataTableColumn } from 'mantine-datatable';
import { ui } from '../../../i18n/ui';
import { formatDate } from '../../../lib/format';
import type { ReportRecord } from '../api/reports.types';

const r = ui.reports.records;
const awardName = (code: string) => AWARD_NAMES[code as keyof typeof AWARD_NAMES]?.name ?? code;

type Props = {
  records: ReportRecord[] | undefined;
  total: number | undefined;
  page: number;
  onPageChange: (page: number) => void;
  fetching: boolean;
  /** data-testid of each row, as the drawers' tests find them. */
  rowTestId: string;
  /** The award kind column (a form's cell may mix kinds; a share's list does not need it). */
  withKind?: boolean;
};

/** The records behind a figure (a form's cell or a fairness share), 50 to a page. */
export function AwardRecordsTable({
  records,
  total,
  page,
  onPageChange,
  fetching,
  rowTestId,
  withKind,
}: Props) {
  const columns: DataTableColumn<ReportRecord>[] = [
    { accessor: 'name', title: r.name },
    { accessor: 'unitName', title: r.unit },
    {
      accessor: 'code',
      title: r.code,
      render: (x) => (x.kind === 'AWARD' ? awardName(x.code) : ui.reports.forms.options['0601']),
    },
    ...(withKind
      ? [
          {
            accessor: 'awardKind',
            title: r.kind,
            render: (x: ReportRecord) => (x.awardKind ? (ui.records.kinds[x.awardKind] ?? x.awardKind) : ''),
          },
        ]
      : []),
    {
      accessor: 'decisionNumber',
      title: r.decision,
      render: (x) => [x.decisionNumber, formatDate(x.decisionDate)].filter(Boolean).join(' — '),
    },
  ];
  return (
    <DataTable
      withTableBorder
      striped
      minHeight={160}
      fetching={fetching}
      records={records ?? []}
      totalRecords={total ?? 0}
      recordsPerPage={50}
      page={page}
      onPageChange={onPageChange}
      noRecordsText={r.empty}
      customRowAttributes={() => ({ 'data-testid': rowTestId })}
      columns={columns}
    />
  );
}
