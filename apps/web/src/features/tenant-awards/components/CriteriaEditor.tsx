import {
  ActionIcon,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { VnNumberInput } from '../../../components/VnNumberInput';
import { ui } from '../../../i18n/ui';
import { useAwardCatalogue } from '../../../lib/award-names';
import { type CriteriaRow, newRow, ROW_TYPES, type RowType } from '../lib/criteria-rows';

const c = ui.tenantAwards.criteria;
const typeOptions = ROW_TYPES.map((t) => ({ value: t, label: c.types[t] }));
const ratingOptions = (['HTXSNV', 'HTTNV', 'HTNV'] as const).map((r) => ({ value: r, label: c.ratings[r] }));

type Props = {
  rows: CriteriaRow[];
  join: 'all' | 'any';
  onRows: (rows: CriteriaRow[]) => void;
  onJoin: (join: 'all' | 'any') => void;
  error?: string | null;
};

/** Rows of the engine's combinators: a usable form instead of raw JSON. */
export function CriteriaEditor({ rows, join, onRows, onJoin, error }: Props) {
  // Every award in force can be counted: the engine's history holds all of a subject's awards, the
  // province's own and the state's included (they were left out of this list, not of the history).
  const awardOptions = useAwardCatalogue()
    .filter((a) => a.inForce)
    .map((a) => ({ value: a.code, label: a.name }));
  const set = (i: number, patch: Partial<CriteriaRow>) =>
    onRows(rows.map((r, n) => (n === i ? { ...r, ...patch } : r)));
  return (
    <Stack gap="xs" data-testid="criteria-editor">
      <Text fw={600}>{c.title}</Text>
      <Text size="sm" c="dimmed">
        {c.hint}
      </Text>
      {rows.length > 1 && (
        <SegmentedControl
          value={join}
          onChange={(v) => onJoin(v === 'any' ? 'any' : 'all')}
          data={[
            { value: 'all', label: c.all },
            { value: 'any', label: c.any },
          ]}
          aria-label={c.combine}
        />
      )}
      {rows.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their place
        <Paper key={i} withBorder p="sm" radius="md" data-testid={`criteria-row-${i}`}>
          <Group align="flex-end" wrap="wrap" gap="sm">
            <Select
              label={c.type}
              data={typeOptions}
              value={row.type}
              allowDeselect={false}
              onChange={(v) => v && set(i, { type: v as RowType })}
              data-testid={`criteria-type-${i}`}
              w={260}
            />
            {(row.type === 'ratingYears' || row.type === 'ratingThisYear') && (
              <Select
                label={c.rating}
                data={ratingOptions}
                value={row.rating}
                allowDeselect={false}
                onChange={(v) => v && set(i, { rating: v as CriteriaRow['rating'] })}
                w={240}
              />
            )}
            {row.type === 'ratingYears' && (
              <VnNumberInput
                label={c.years}
                min={1}
                max={10}
                value={row.years}
                onChange={(v) => set(i, { years: v === '' ? Number.NaN : v })}
                w={130}
                data-testid={`criteria-years-${i}`}
              />
            )}
            {(row.type === 'titleInYear' || row.type === 'awardsInWindow') && (
              <Select
                label={c.award}
                data={awardOptions}
                value={row.award}
                searchable
                allowDeselect={false}
                onChange={(v) => v && set(i, { award: v })}
                w={260}
              />
            )}
            {row.type === 'awardsInWindow' && (
              <>
                <VnNumberInput
                  label={c.count}
                  min={1}
                  max={20}
                  value={row.count}
                  onChange={(v) => set(i, { count: v === '' ? Number.NaN : v })}
                  w={120}
                />
                <VnNumberInput
                  label={c.window}
                  min={1}
                  max={30}
                  value={row.window}
                  onChange={(v) => set(i, { window: v === '' ? Number.NaN : v })}
                  w={120}
                />
              </>
            )}
            {(row.type === 'attested' || row.type === 'judged') && (
              <TextInput
                label={c.text}
                value={row.text}
                onChange={(e) => set(i, { text: e.currentTarget.value })}
                w={320}
                data-testid={`criteria-text-${i}`}
              />
            )}
            <TextInput
              label={c.citation}
              value={row.citation}
              placeholder={ui.tenantAwards.fields.citation}
              onChange={(e) => set(i, { citation: e.currentTarget.value })}
              w={300}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={c.remove}
              onClick={() => onRows(rows.filter((_, n) => n !== i))}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        </Paper>
      ))}
      {error && (
        <Text size="sm" c="red" data-testid="criteria-error">
          {error}
        </Text>
      )}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          onClick={() => onRows([...rows, newRow()])}
          data-testid="criteria-add"
        >
          {c.add}
        </Button>
      </Group>
    </Stack>
  );
}
