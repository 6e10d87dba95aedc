import { Badge, Group, Text } from '@mantine/core';
import { DataTable, type DataTableSortStatus } from 'mantine-datatable';
import { RouterAnchor } from '../../../components/RouterAnchor';
import { t, ui } from '../../../i18n/ui';
import { birthYear, formatNumber } from '../../../lib/format';
import type { PeopleSort, Person } from '../api/people.types';
import type { PeoplePage } from '../api/search-people';

type Props = {
  data: PeoplePage | undefined;
  isFetching: boolean;
  sort: PeopleSort;
  onSortChange: (sort: PeopleSort) => void;
  onPageChange: (page: number) => void;
  onPageSizeChange: (pageSize: number) => void;
  onRowClick: (person: Person) => void;
};

const SORT_BY_COLUMN: Record<string, [PeopleSort, PeopleSort]> = {
  fullName: ['name', '-name'],
  unitName: ['unit', 'unit'],
  birthDate: ['birthYear', '-birthYear'],
};

function toSortStatus(sort: PeopleSort): DataTableSortStatus<Person> {
  const direction = sort.startsWith('-') ? 'desc' : 'asc';
  const key = sort.replace('-', '');
  const columnAccessor = key === 'name' ? 'fullName' : key === 'unit' ? 'unitName' : 'birthDate';
  return { columnAccessor, direction };
}

export function PeopleTable({
  data,
  isFetching,
  sort,
  onSortChange,
  onPageChange,
  onPageSizeChange,
  onRowClick,
}: Props) {
  return (
    <DataTable<Person>
      withTableBorder
      borderRadius="md"
      striped
      highlightOnHover
      minHeight={240}
      fetching={isFetching}
      records={data?.items ?? []}
      totalRecords={data?.total ?? 0}
      page={data?.page ?? 1}
      recordsPerPage={data?.pageSize ?? 20}
      recordsPerPageOptions={[20, 50, 100]}
      onPageChange={onPageChange}
      onRecordsPerPageChange={onPageSizeChange}
      recordsPerPageLabel=""
      paginationText={({ from, to, totalRecords }) =>
        t(ui.people.pagination, { from, to, total: formatNumber(totalRecords) })
      }
      noRecordsText={ui.people.empty}
      sortStatus={toSortStatus(sort)}
      onSortStatusChange={(status) => {
        const pair = SORT_BY_COLUMN[String(status.columnAccessor)];
        if (pair) onSortChange(status.direction === 'asc' ? pair[0] : pair[1]);
      }}
      onRowClick={({ record }) => onRowClick(record)}
      customRowAttributes={(record) => ({ 'data-testid': 'people-row', 'data-person-id': record.id })}
      columns={[
        {
          accessor: 'fullName',
          title: ui.people.colName,
          sortable: true,
          render: (person) => (
            <RouterAnchor
              to="/ca-nhan/$personId"
              params={{ personId: person.id }}
              fw={600}
              c="dark.6"
              onClick={(event) => event.stopPropagation()}
              data-testid="people-row-name"
            >
              {person.fullName}
            </RouterAnchor>
          ),
        },
        {
          accessor: 'gender',
          title: ui.people.colGender,
          render: (person) => ui.people.gender[person.gender] ?? person.gender,
        },
        {
          accessor: 'birthDate',
          title: ui.people.colBirth,
          sortable: true,
          render: (p) => birthYear(p.birthDate),
        },
        { accessor: 'position', title: ui.people.colPosition, render: (p) => p.position ?? ui.app.none },
        { accessor: 'unitName', title: ui.people.colUnit, sortable: true },
        {
          accessor: 'tags',
          title: ui.people.colTags,
          render: (person) => (
            <Group gap={4}>
              {person.isLeader && (
                <Badge size="sm" variant="light" color="indigo" tt="none">
                  {ui.people.leader}
                </Badge>
              )}
              {person.isDirectWorker && (
                <Badge size="sm" variant="light" color="teal" tt="none">
                  {ui.people.directWorker}
                </Badge>
              )}
              {!person.isLeader && !person.isDirectWorker && <Text c="dimmed">{ui.app.none}</Text>}
            </Group>
          ),
        },
      ]}
    />
  );
}
