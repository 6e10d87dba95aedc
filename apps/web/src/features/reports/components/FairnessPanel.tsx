import { Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { UnitSelect } from '../../../components/UnitSelect';
import { VnNumberInput } from '../../../components/VnNumberInput';
import { ui } from '../../../i18n/ui';
import { currentYear } from '../../../lib/dates';
import { formatNumber, formatPercent } from '../../../lib/format';
import { useCan } from '../../../lib/session/use-can';
import { type FairnessSearch, useFairness, useSaveTargets } from '../api/fairness';
import { FairnessRecordsDrawer } from './FairnessRecordsDrawer';
import { IndicatorCard } from './IndicatorCard';

const f = ui.reports.fairness;

export function FairnessPanel() {
  const can = useCan();
  const year = currentYear();
  const [search, setSearch] = useState<FairnessSearch>({ yearFrom: year - 3, yearTo: year - 1 });
  const [open, setOpen] = useState<{ indicator: string; level?: string | undefined } | null>(null);
  const { data, error } = useFairness(search);
  const save = useSaveTargets();
  const [draft, setDraft] = useState<Record<string, number | null>>({});
  const canReveal = can('person:readSensitive');
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {f.subtitle}
      </Text>
      <Paper withBorder radius="md" p="md">
        <Group align="flex-end">
          <VnNumberInput
            label={f.yearFrom}
            value={search.yearFrom}
            min={2000}
            max={2100}
            w={120}
            data-testid="fairness-year-from"
            onChange={(v) =>
              typeof v === 'number' && !Number.isNaN(v) && setSearch({ ...search, yearFrom: v })
            }
          />
          <VnNumberInput
            label={f.yearTo}
            value={search.yearTo}
            min={2000}
            max={2100}
            w={120}
            data-testid="fairness-year-to"
            onChange={(v) => typeof v === 'number' && !Number.isNaN(v) && setSearch({ ...search, yearTo: v })}
          />
          <UnitSelect
            label={ui.reports.forms.unit}
            placeholder={ui.reports.forms.unitPlaceholder}
            value={search.unitId ?? null}
            onChange={(v) => setSearch({ ...search, unitId: v ?? undefined })}
            w={340}
          />
        </Group>
      </Paper>
      {can('report:manage') && data && (
        <Paper withBorder radius="md" p="md">
          <Text fw={600} size="sm" mb="xs">
            {f.targets}
          </Text>
          <Group align="flex-end">
            {data.indicators.map((i) => (
              <VnNumberInput
                key={i.key}
                label={i.label}
                w={180}
                min={0}
                max={100}
                decimals={1}
                suffix="%"
                data-testid={`target-${i.key}`}
                value={draft[i.key] ?? i.targetPct ?? ''}
                onChange={(v) => setDraft({ ...draft, [i.key]: v === '' ? null : v })}
              />
            ))}
            <Button
              loading={save.isPending}
              disabled={Object.values(draft).some((v) => v !== null && Number.isNaN(v))}
              data-testid="targets-save"
              onClick={() =>
                save.mutate(draft, {
                  onSuccess: () => {
                    setDraft({});
                    notifications.show({ message: f.saved, color: 'green' });
                  },
                })
              }
            >
              {f.saveTargets}
            </Button>
          </Group>
          {save.error && <ErrorAlert error={save.error} />}
        </Paper>
      )}
      {error && <ErrorAlert error={error} />}
      <Text size="xs" c="dimmed">
        {f.suppressedNote}
      </Text>
      {data?.indicators.map((i) => (
        <IndicatorCard
          key={i.key}
          indicator={i}
          canOpen={canReveal}
          onOpen={(level) => setOpen({ indicator: i.key, level })}
        />
      ))}
      {data && data.units.length > 0 && (
        <Paper withBorder radius="md" p="md">
          <Text fw={600} size="sm" mb="xs">
            {f.byUnit}
          </Text>
          <Table fz="xs" withTableBorder striped data-testid="fairness-units">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{f.unit}</Table.Th>
                {data.indicators.map((i) => (
                  <Table.Th key={i.key} ta="right">
                    {i.label}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.units.map((u) => (
                <Table.Tr key={u.unitId}>
                  <Table.Td>{u.unitName}</Table.Td>
                  {data.indicators.map((i) => {
                    const p = u.points[i.key];
                    const text = !p
                      ? ''
                      : p.isSuppressed
                        ? f.suppressed
                        : p.sharePct === null
                          ? ui.app.none
                          : `${formatPercent(p.sharePct)} (${formatNumber(p.count ?? 0)})`;
                    return (
                      <Table.Td key={i.key} ta="right" c={p?.isShort ? 'red' : undefined}>
                        {text}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      <FairnessRecordsDrawer search={search} open={open} onClose={() => setOpen(null)} />
    </Stack>
  );
}
