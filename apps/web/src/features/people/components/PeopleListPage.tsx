import { Button, Group, Paper, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconDownload, IconPlus, IconSearch } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { RouterButton } from '../../../components/RouterButton';
import { UnitSelect } from '../../../components/UnitSelect';
import { t, ui } from '../../../i18n/ui';
import { formatTotal } from '../../../lib/format';
import { useCan } from '../../../lib/session/use-can';
import { peopleExportUrl } from '../api/export-people';
import type { PeopleSearch } from '../api/people.types';
import { usePeople } from '../api/search-people';
import { PeopleTable } from './PeopleTable';

type Props = { search: PeopleSearch; onSearchChange: (next: PeopleSearch) => void };

export function PeopleListPage({ search, onSearchChange }: Props) {
  const can = useCan();
  const navigate = useNavigate();
  const [text, setText] = useState(search.q ?? '');
  // The server folds diacritics, so "nguyen van duc" finds "Nguyễn Văn Đức"; we only debounce.
  const [debounced] = useDebouncedValue(text.trim(), 300);
  const { data, error, isFetching } = usePeople(search);

  // Push only the user's own typing to the URL, so back/forward navigation is not overridden.
  const lastTyped = useRef(debounced);
  useEffect(() => {
    if (debounced === lastTyped.current) return;
    lastTyped.current = debounced;
    if (debounced !== (search.q ?? '')) onSearchChange({ ...search, q: debounced || undefined, page: 1 });
  }, [debounced, search, onSearchChange]);

  return (
    <>
      <PageHeader
        title={ui.people.title}
        subtitle={data ? t(ui.people.total, { count: formatTotal(data) }) : undefined}
        actions={
          <>
            {can('person:export') && (
              <Button
                component="a"
                href={peopleExportUrl(search)}
                download
                variant="default"
                leftSection={<IconDownload size={16} />}
                data-testid="people-export"
              >
                {ui.people.export}
              </Button>
            )}
            {can('person:create') && (
              <RouterButton
                to="/ca-nhan/moi"
                leftSection={<IconPlus size={16} />}
                data-testid="people-create"
              >
                {ui.people.create}
              </RouterButton>
            )}
          </>
        }
      />
      <Paper withBorder radius="md" p="md" mb="md">
        <Group grow align="flex-end" preventGrowOverflow={false}>
          <TextInput
            label={ui.people.search}
            placeholder={ui.people.searchPlaceholder}
            leftSection={<IconSearch size={16} />}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            data-testid="people-search"
          />
          <UnitSelect
            label={ui.people.unitFilter}
            placeholder={ui.people.unitFilterPlaceholder}
            value={search.unitId ?? null}
            includeDissolved
            onChange={(unitId) => onSearchChange({ ...search, unitId: unitId ?? undefined, page: 1 })}
            data-testid="people-unit-filter"
          />
        </Group>
      </Paper>
      {error && <ErrorAlert error={error} />}
      <PeopleTable
        data={data}
        isFetching={isFetching}
        sort={search.sort ?? 'name'}
        onSortChange={(sort) => onSearchChange({ ...search, sort, page: 1 })}
        onPageChange={(page) => onSearchChange({ ...search, page })}
        onPageSizeChange={(pageSize) => onSearchChange({ ...search, pageSize, page: 1 })}
        onRowClick={(person) => navigate({ to: '/ca-nhan/$personId', params: { personId: person.id } })}
      />
    </>
  );
}
