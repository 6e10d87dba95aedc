import {
  Autocomplete,
  Box,
  Button,
  Checkbox,
  Group,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { UnitSelect } from '../../../components/UnitSelect';
import { VnDateInput } from '../../../components/VnDateInput';
import { ui } from '../../../i18n/ui';
import { todayIso } from '../../../lib/dates';
import { SUBJECT_GROUPS } from '../api/people.types';
import type { PersonFormValues } from '../hooks/use-person-form';

type Props = {
  form: UseFormReturnType<PersonFormValues>;
  onSubmit: (values: PersonFormValues) => void;
  submitLabel: string;
  isSubmitting: boolean;
  error: unknown;
  /** On edit without the right to see them, sensitive fields start empty and mean "keep". */
  isSensitiveMasked?: boolean;
};

const f = ui.people.form;
const errorProps = (field: string) => ({ 'data-testid': `person-${field}-error` });

function dateProps(form: Props['form'], field: 'birthDate' | 'recruitedOn') {
  return {
    ...form.getInputProps(field),
    placeholder: f.datePlaceholder,
    maxDate: todayIso(),
    clearable: true,
    errorProps: errorProps(field),
    'data-testid': `person-${field}`,
  };
}

export function PersonForm({ form, onSubmit, submitLabel, isSubmitting, error, isSensitiveMasked }: Props) {
  return (
    <Box component="form" onSubmit={form.onSubmit(onSubmit)} noValidate data-testid="person-form">
      <Stack>
        {error !== null && error !== undefined && <ErrorAlert error={error} testId="person-form-error" />}
        <Paper withBorder radius="md" p="lg">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={f.fullName}
              withAsterisk
              autoFocus
              data-testid="person-fullName"
              errorProps={errorProps('fullName')}
              {...form.getInputProps('fullName')}
            />
            <Radio.Group
              label={f.gender}
              withAsterisk
              errorProps={errorProps('gender')}
              {...form.getInputProps('gender')}
            >
              <Group mt={8}>
                <Radio value="NAM" label={f.male} data-testid="person-gender-NAM" />
                <Radio value="NU" label={f.female} data-testid="person-gender-NU" />
              </Group>
            </Radio.Group>
            <UnitSelect
              label={f.unitId}
              placeholder={f.unitPlaceholder}
              withAsterisk
              data-testid="person-unitId"
              errorProps={errorProps('unitId')}
              {...form.getInputProps('unitId')}
            />
            <TextInput label={f.position} data-testid="person-position" {...form.getInputProps('position')} />
            <Select
              label={f.subjectGroup}
              data={SUBJECT_GROUPS.map((value) => ({
                value,
                label: ui.people.subjectGroups[value] ?? value,
              }))}
              allowDeselect={false}
              data-testid="person-subjectGroup"
              {...form.getInputProps('subjectGroup')}
            />
            <VnDateInput label={f.recruitedOn} {...dateProps(form, 'recruitedOn')} />
            <Checkbox
              label={f.isLeader}
              data-testid="person-isLeader"
              {...form.getInputProps('isLeader', { type: 'checkbox' })}
            />
            <Checkbox
              label={f.isDirectWorker}
              data-testid="person-isDirectWorker"
              {...form.getInputProps('isDirectWorker', { type: 'checkbox' })}
            />
          </SimpleGrid>
        </Paper>
        <Paper withBorder radius="md" p="lg">
          <Text size="sm" c="dimmed" mb="sm">
            {f.sensitiveHint} {isSensitiveMasked && f.maskedHint}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <TextInput
              label={f.citizenId}
              placeholder={f.citizenIdPlaceholder}
              inputMode="numeric"
              maxLength={12}
              data-testid="person-citizenId"
              errorProps={errorProps('citizenId')}
              {...form.getInputProps('citizenId')}
            />
            <VnDateInput label={f.birthDate} {...dateProps(form, 'birthDate')} />
            <Autocomplete
              label={f.ethnicity}
              data={[...ui.people.ethnicities]}
              data-testid="person-ethnicity"
              errorProps={errorProps('ethnicity')}
              {...form.getInputProps('ethnicity')}
            />
          </SimpleGrid>
        </Paper>
        <Group justify="flex-end">
          <Button
            type="submit"
            loading={isSubmitting}
            leftSection={<IconDeviceFloppy size={16} />}
            data-testid="person-submit"
          >
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </Box>
  );
}
