import { Group, Paper, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { UnitSelect } from '../../../components/UnitSelect';
import { VnNumberInput } from '../../../components/VnNumberInput';
import { ui } from '../../../i18n/ui';
import type { AwardSearch } from '../api/records.types';
import { kindOptions, useAwardOptions } from '../hooks/options';

const s = ui.records.search;
type Props = {
  search: AwardSearch;
  onChange: (next: AwardSearch) => void;
  /** True while typed text waits for its debounce: the rows shown are not its result yet. */
  onPending?: (pending: boolean) => void;
};
const year = (v: number | '') => (v === '' ? undefined : v);

/** Text filters are debounced; the server folds diacritics, so "nguyen" finds "Nguyễn". */
export function AwardSearchFilters({ search, onChange, onPending }: Props) {
  const awardOptions = useAwardOptions();
  const [q, setQ] = useState(search.q ?? '');
  const [decision, setDecision] = useState(search.decisionNumber ?? '');
  const [debouncedQ] = useDebouncedValue(q.trim(), 300);
  const [debouncedDecision] = useDebouncedValue(decision.trim(), 300);
  useEffect(() => {
    if (debouncedQ !== (search.q ?? '') || debouncedDecision !== (search.decisionNumber ?? '')) {
      onChange({
        ...search,
        q: debouncedQ || undefined,
        decisionNumber: debouncedDecision || undefined,
        page: 1,
      });
    }
  }, [debouncedQ, debouncedDecision, search, onChange]);
  const pending = q.trim() !== (search.q ?? '') || decision.trim() !== (search.decisionNumber ?? '');
  useEffect(() => onPending?.(pending), [pending, onPending]);
  const set = (patch: AwardSearch) => onChange({ ...search, ...patch, page: 1 });
  return (
    <Paper withBorder radius="md" p="md" mb="md">
      <Group grow align="flex-end" preventGrowOverflow={false} wrap="wrap">
        <TextInput
          label={s.q}
          placeholder={s.qPlaceholder}
          leftSection={<IconSearch size={16} />}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          data-testid="award-search-q"
        />
        <UnitSelect
          label={s.unit}
          placeholder={s.unitPlaceholder}
          includeDissolved
          value={search.unitId ?? null}
          onChange={(unitId) => set({ unitId: unitId ?? undefined })}
          data-testid="award-search-unit"
        />
        <Select
          label={s.awardCode}
          placeholder={s.all}
          data={awardOptions}
          searchable
          clearable
          value={search.awardCode ?? null}
          onChange={(v) => set({ awardCode: v ?? undefined })}
          data-testid="award-search-code"
        />
      </Group>
      <Group grow align="flex-end" mt="sm" preventGrowOverflow={false}>
        <Select
          label={s.kind}
          placeholder={s.all}
          data={kindOptions}
          clearable
          value={search.kind ?? null}
          onChange={(v) => set({ kind: (v ?? undefined) as AwardSearch['kind'] })}
        />
        <VnNumberInput
          label={s.yearFrom}
          min={1945}
          max={2100}
          value={search.yearFrom ?? ''}
          // A refused year (NaN) leaves the filter as it was; the field says why.
          onChange={(v) => !Number.isNaN(v) && set({ yearFrom: year(v) })}
        />
        <VnNumberInput
          label={s.yearTo}
          min={1945}
          max={2100}
          value={search.yearTo ?? ''}
          onChange={(v) => !Number.isNaN(v) && set({ yearTo: year(v) })}
        />
        <TextInput
          label={s.decisionNumber}
          placeholder={ui.records.fields.decisionNumberPlaceholder}
          value={decision}
          onChange={(e) => setDecision(e.currentTarget.value)}
          data-testid="award-search-decision"
        />
      </Group>
    </Paper>
  );
}
