import { Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { VnNumberInput } from '../../../components/VnNumberInput';
import { t, ui } from '../../../i18n/ui';
import { currentYear } from '../../../lib/dates';
import { useCan } from '../../../lib/session/use-can';
import type { FormCode } from '../api/reports.types';
import { useRollup } from '../api/rollup';
import { RollupGroupView } from './RollupGroupView';
import { RollupUpload } from './RollupUpload';

const r = ui.reports.rollup;
const f = ui.reports.forms;

/**
 * Tổng hợp báo cáo các tỉnh: upload the provinces' frozen JSON files, then read one form and year
 * as the sum with each province's figures beside it.
 */
export function RollupPanel() {
  const can = useCan();
  const [form, setForm] = useState<FormCode>('0603');
  const [year, setYear] = useState(currentYear() - 1);
  const { data, error, isFetching } = useRollup(form, year);
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {r.subtitle}
      </Text>
      {can('report:manage') && (
        <RollupUpload
          onImported={(res) => {
            // Show what was just received.
            if (res.formCode === '0601' || res.formCode === '0602' || res.formCode === '0603')
              setForm(res.formCode);
            setYear(res.year);
          }}
        />
      )}
      <Paper withBorder radius="md" p="md">
        <Group align="flex-end">
          <Select
            label={r.form}
            data={Object.entries(f.options).map(([value, label]) => ({ value, label }))}
            value={form}
            onChange={(v) => v && setForm(v as FormCode)}
            allowDeselect={false}
            w={320}
            data-testid="rollup-form"
          />
          <VnNumberInput
            label={r.year}
            value={year}
            min={2000}
            max={2100}
            onChange={(v) => typeof v === 'number' && !Number.isNaN(v) && setYear(v)}
            w={130}
            data-testid="rollup-year"
          />
        </Group>
      </Paper>
      {error && <ErrorAlert error={error} />}
      {data && data.groups.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="rollup-empty">
          {t(r.empty, { form, year })}
        </Text>
      )}
      {data && data.groups.length > 1 && (
        <Text size="xs" c="dimmed">
          {r.versionNote}
        </Text>
      )}
      <Stack gap="xl" opacity={isFetching ? 0.6 : 1}>
        {data?.groups.map((g) => (
          <RollupGroupView key={g.version} group={g} />
        ))}
      </Stack>
    </Stack>
  );
}
