import { ActionIcon, Group, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { VnNumberInput } from '../../../components/VnNumberInput';
import { ui } from '../../../i18n/ui';
import { useAuthorOptions } from '../api/search-author-options';

export type AuthorRow = { personId: string; name: string; sharePct: number };
type Props = { value: AuthorRow[]; onChange: (rows: AuthorRow[]) => void; error?: string | null };

const f = ui.records.fields;

/** Authors with their shares; people are found on the server (diacritic-free, in scope). */
export function AuthorsPicker({ value, onChange, error }: Props) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const { data } = useAuthorOptions(debounced);
  const chosen = new Set(value.map((a) => a.personId));
  const options = (data?.items ?? [])
    .filter((p) => !chosen.has(p.id))
    .map((p) => ({ value: p.id, label: `${p.fullName} — ${p.unitName}` }));
  const total = value.reduce((sum, a) => sum + a.sharePct, 0);
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {f.authors}
      </Text>
      {value.map((row, index) => (
        <Group key={row.personId} gap="xs" wrap="nowrap" data-testid="initiative-author">
          <Text size="sm" style={{ flex: 1 }}>
            {row.name}
          </Text>
          <VnNumberInput
            aria-label={f.sharePct}
            w={110}
            min={1}
            max={100}
            decimals={2}
            suffix="%"
            value={row.sharePct}
            onChange={(v) =>
              // A refused share (NaN) stays NaN: the total check and the server both refuse it.
              onChange(value.map((a, i) => (i === index ? { ...a, sharePct: v === '' ? 0 : v } : a)))
            }
          />
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={ui.records.delete}
            onClick={() => onChange(value.filter((_, i) => i !== index))}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Select
        placeholder={f.authorsPlaceholder}
        searchable
        data={options}
        searchValue={search}
        onSearchChange={setSearch}
        value={null}
        filter={({ options: o }) => o}
        onChange={(id) => {
          const picked = data?.items.find((p) => p.id === id);
          if (picked)
            onChange([
              ...value,
              { personId: picked.id, name: picked.fullName, sharePct: Math.max(0, 100 - total) || 1 },
            ]);
          setSearch('');
        }}
        data-testid="initiative-author-search"
      />
      {(error || total > 100) && (
        <Text size="xs" c="red">
          {total > 100 ? ui.records.sharesOver : error}
        </Text>
      )}
    </Stack>
  );
}
