import { Box, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { VnNumberInput } from '../../../components/VnNumberInput';
import { ui } from '../../../i18n/ui';
import { isApiError } from '../../../lib/api';
import { applyServerErrors } from '../../../lib/form-errors';
import type { DocumentSettings } from '../api/document-settings.types';
import { useUpdateDocumentSettings } from '../api/update-document-settings';

const s = ui.documentSettings;
type Values = {
  placeName: string;
  parentBody: string;
  signerTitle: string;
  blankStockOffsetXMm: number | string;
  blankStockOffsetYMm: number | string;
};
const FIELDS = ['placeName', 'parentBody', 'signerTitle', 'blankStockOffsetXMm', 'blankStockOffsetYMm'];

/** The same bounds as the server: −50…50 mm, one decimal (a print shop's calibration). */
function offsetError(value: number | string): string | null {
  if (typeof value !== 'number' || value < -50 || value > 50) return s.offsetRange;
  return Math.abs(value * 10 - Math.round(value * 10)) < 1e-6 ? null : s.offsetDecimals;
}

export function DocumentSettingsForm({ settings }: { settings: DocumentSettings }) {
  const mutation = useUpdateDocumentSettings();
  const form = useForm<Values>({
    initialValues: { ...settings, parentBody: settings.parentBody ?? '' },
    validate: {
      placeName: (v) => (!v.trim() ? s.placeNameRequired : v.trim().length > 100 ? s.placeNameTooLong : null),
      signerTitle: (v) => (v.trim() ? null : s.signerTitleRequired),
      blankStockOffsetXMm: offsetError,
      blankStockOffsetYMm: offsetError,
    },
  });

  const submit = (values: Values) =>
    mutation.mutate(
      {
        placeName: values.placeName.trim(),
        parentBody: values.parentBody.trim() || null,
        signerTitle: values.signerTitle.trim(),
        blankStockOffsetXMm: Number(values.blankStockOffsetXMm),
        blankStockOffsetYMm: Number(values.blankStockOffsetYMm),
      },
      {
        onSuccess: (saved) => {
          form.resetDirty({ ...saved, parentBody: saved.parentBody ?? '' });
          notifications.show({ color: 'green', message: s.saved });
        },
        onError: (error) => {
          if (isApiError(error)) applyServerErrors(form, error, FIELDS);
        },
      },
    );

  const offsetProps = (field: 'blankStockOffsetXMm' | 'blankStockOffsetYMm') => ({
    min: -50,
    max: 50,
    // No silent clamping: an out-of-range offset shows the message instead of printing elsewhere.
    decimals: 1,
    suffix: 'mm',
    'data-testid': `settings-${field}`,
    ...form.getInputProps(field),
  });

  return (
    <Box component="form" onSubmit={form.onSubmit(submit)} noValidate data-testid="document-settings-form">
      <Stack>
        {mutation.error && <ErrorAlert error={mutation.error} testId="document-settings-error" />}
        <Paper withBorder radius="md" p="lg">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={s.placeName}
              description={s.placeNameHint}
              withAsterisk
              maxLength={100}
              data-testid="settings-placeName"
              {...form.getInputProps('placeName')}
            />
            <TextInput
              label={s.signerTitle}
              description={s.signerTitleHint}
              withAsterisk
              data-testid="settings-signerTitle"
              {...form.getInputProps('signerTitle')}
            />
            <TextInput
              label={s.parentBody}
              description={s.parentBodyHint}
              data-testid="settings-parentBody"
              {...form.getInputProps('parentBody')}
            />
          </SimpleGrid>
        </Paper>
        <Paper withBorder radius="md" p="lg">
          <Text fw={600}>{s.offsets}</Text>
          <Text size="sm" c="dimmed" mb="sm">
            {s.offsetsHint}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <VnNumberInput label={s.offsetX} {...offsetProps('blankStockOffsetXMm')} />
            <VnNumberInput label={s.offsetY} {...offsetProps('blankStockOffsetYMm')} />
          </SimpleGrid>
        </Paper>
        <Group justify="flex-end">
          <Button
            type="submit"
            leftSection={<IconDeviceFloppy size={16} />}
            loading={mutation.isPending}
            data-testid="settings-save"
          >
            {s.save}
          </Button>
        </Group>
      </Stack>
    </Box>
  );
}
