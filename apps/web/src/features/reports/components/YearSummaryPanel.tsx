import { Button, Group, Paper, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypeDocx } from '@tabler/icons-react';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { UnitSelect } from '../../../components/UnitSelect';
import { VnNumberInput } from '../../../components/VnNumberInput';
import { t, ui } from '../../../i18n/ui';
import { currentYear } from '../../../lib/dates';
import { useDownloadYearSummary, type YearSummaryRequest } from '../api/year-summary';

const s = ui.reports.summary;

/**
 * The year-end summary (or six-month sơ kết): the figures come from the records; the officer
 * writes the three sections here, or leaves them for the Word draft's marked placeholders.
 */
export function YearSummaryPanel() {
  const [form, setForm] = useState<YearSummaryRequest>({ year: currentYear() - 1, period: 'NAM' });
  const download = useDownloadYearSummary();
  const text = (key: 'assessment' | 'shortcomings' | 'direction') => ({
    value: form[key] ?? '',
    onChange: (e: React.ChangeEvent<HTMLTextAreaElement>) =>
      setForm({ ...form, [key]: e.currentTarget.value || undefined }),
    autosize: true,
    minRows: 3,
    maxRows: 12,
    maxLength: 20_000,
  });
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {s.subtitle}
      </Text>
      <Paper withBorder radius="md" p="md">
        <Stack>
          <Group align="flex-end">
            <SegmentedControl
              data={[
                { value: 'NAM', label: s.periods.NAM },
                { value: 'SAU_THANG', label: s.periods.SAU_THANG },
              ]}
              value={form.period}
              onChange={(v) => setForm({ ...form, period: v as YearSummaryRequest['period'] })}
              data-testid="summary-period"
            />
            <VnNumberInput
              label={s.year}
              value={form.year}
              min={2000}
              max={2100}
              w={130}
              data-testid="summary-year"
              onChange={(v) => typeof v === 'number' && !Number.isNaN(v) && setForm({ ...form, year: v })}
            />
            <UnitSelect
              label={ui.reports.forms.unit}
              placeholder={ui.reports.forms.unitPlaceholder}
              value={form.unitId ?? null}
              onChange={(v) => setForm({ ...form, unitId: v ?? undefined })}
              w={340}
            />
          </Group>
          <Textarea
            label={s.assessment}
            description={s.emptyHint}
            data-testid="summary-assessment"
            {...text('assessment')}
          />
          <Textarea label={s.shortcomings} data-testid="summary-shortcomings" {...text('shortcomings')} />
          <Textarea label={s.direction} data-testid="summary-direction" {...text('direction')} />
          {download.error && <ErrorAlert error={download.error} />}
          <Group>
            <Button
              leftSection={<IconFileTypeDocx size={16} />}
              loading={download.isPending}
              data-testid="summary-download"
              onClick={() =>
                download.mutate(form, {
                  onSuccess: (name) => notifications.show({ color: 'green', message: t(s.done, { name }) }),
                })
              }
            >
              {s.download}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
