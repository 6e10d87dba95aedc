import {
  Box,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { DECIDER_NAMES } from '@vinhdanh/domain/rules/authority';
import { KIND_NAMES } from '@vinhdanh/domain/rules/names';
import { DECIDER_ROLES } from '@vinhdanh/domain/rules/params';
import { AWARD_KINDS } from '@vinhdanh/domain/rules/types';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { VnDateInput } from '../../../components/VnDateInput';
import { VnNumberInput } from '../../../components/VnNumberInput';
import { ui } from '../../../i18n/ui';
import { uiInputs } from '../../../i18n/ui-inputs';
import { isApiError } from '../../../lib/api';
import { vnDateRule } from '../../../lib/dates';
import { applyServerErrors } from '../../../lib/form-errors';
import { vnNumberRule } from '../../../lib/vn-number';
import { type TenantAward, type TenantAwardInput, useSaveTenantAward } from '../api/tenant-awards';
import { buildCriteria, type CriteriaRow, newRow } from '../lib/criteria-rows';
import { CriteriaEditor } from './CriteriaEditor';

const t = ui.tenantAwards;
const f = t.fields;
const CODE = /^[A-Z][A-Z0-9_]{1,39}$/;
const FIELDS = [
  'code',
  'name',
  'level',
  'category',
  'kind',
  'subjectTypes',
  'decider',
  'coefficient',
  'citation',
  'effectiveFrom',
];

type Values = {
  code: string;
  name: string;
  level: TenantAwardInput['level'];
  category: TenantAwardInput['category'];
  kind: TenantAwardInput['kind'];
  subjectTypes: TenantAwardInput['subjectTypes'];
  decider: TenantAwardInput['decider'];
  coefficient: number | string;
  citation: string;
  effectiveFrom: string | null;
};

const options = <K extends string>(names: Record<K, string>) =>
  (Object.keys(names) as K[]).map((value) => ({ value, label: names[value] }));

/** A new provincial award, or a new version of one (`base`: its code is kept, its fields prefilled). */
export function TenantAwardForm({ base, onDone }: { base: TenantAward | null; onDone: () => void }) {
  const mutation = useSaveTenantAward();
  const [rows, setRows] = useState<CriteriaRow[]>(() => [newRow()]);
  const [join, setJoin] = useState<'all' | 'any'>('all');
  const [advanced, setAdvanced] = useState(base !== null);
  const [json, setJson] = useState(() => (base ? JSON.stringify(base.criteria, null, 2) : ''));
  const [criteriaError, setCriteriaError] = useState<string | null>(null);
  const [pending, setPending] = useState<TenantAwardInput | null>(null);
  const form = useForm<Values>({
    initialValues: {
      code: base?.code ?? '',
      name: base?.name ?? '',
      level: (base?.level as Values['level']) ?? 'BO_TINH',
      category: (base?.category as Values['category']) ?? 'DANH_HIEU',
      kind: (base?.kind as Values['kind']) ?? 'CONG_TRANG',
      subjectTypes: (base?.subjectTypes as Values['subjectTypes']) ?? ['individual'],
      decider: (base?.decider as Values['decider']) ?? 'CHU_TICH_UBND_TINH',
      coefficient: base?.coefficient ?? '',
      citation: base?.citation ?? '',
      effectiveFrom: null,
    },
    validate: {
      code: (v) => (CODE.test(v.trim()) ? null : t.invalidCode),
      name: (v) => (v.trim().length >= 3 ? null : t.required),
      subjectTypes: (v) => (v.length ? null : t.required),
      citation: (v) => (v.trim().length >= 5 ? null : t.required),
      coefficient: vnNumberRule(),
      effectiveFrom: vnDateRule(t.required),
    },
  });

  /** The criteria tree, or an error message for the editor. */
  const criteria = (citation: string): Record<string, unknown> | string => {
    if (!advanced) {
      if (rows.length === 0) return t.criteria.needOne;
      // A number the editor refused (or left empty) is never turned into a default.
      if (rows.some((r) => [r.years, r.count, r.window].some(Number.isNaN))) return uiInputs.number.invalid;
      return buildCriteria(rows, join, citation);
    }
    try {
      const parsed: unknown = JSON.parse(json);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return t.criteria.notObject;
      return parsed as Record<string, unknown>;
    } catch {
      return t.criteria.invalidJson;
    }
  };

  const submit = (v: Values) => {
    const built = criteria(v.citation);
    setCriteriaError(typeof built === 'string' ? built : null);
    if (typeof built === 'string' || !v.effectiveFrom) return;
    setPending({
      code: v.code.trim(),
      name: v.name.trim(),
      level: v.level,
      category: v.category,
      kind: v.kind,
      subjectTypes: v.subjectTypes,
      decider: v.decider,
      criteria: built,
      coefficient: v.coefficient === '' ? null : Number(v.coefficient),
      citation: v.citation.trim(),
      effectiveFrom: v.effectiveFrom,
    });
  };

  const save = () =>
    pending &&
    mutation.mutate(pending, {
      onSuccess: (saved) => {
        setPending(null);
        notifications.show({ color: 'green', message: t.saved(saved.code, saved.version) });
        onDone();
      },
      onError: (error) => {
        setPending(null);
        if (!isApiError(error)) return;
        applyServerErrors(form, error, FIELDS);
        // The criteria's own problems carry their path (criteria.of[0].citation): list them under the editor.
        const onCriteria = error.details.filter((d) => d.path.startsWith('criteria'));
        if (onCriteria.length) setCriteriaError(onCriteria.map((d) => `${d.path}: ${d.message}`).join('; '));
      },
    });

  return (
    <Box component="form" onSubmit={form.onSubmit(submit)} noValidate data-testid="tenant-award-form">
      <Paper withBorder radius="md" p="lg">
        <Stack>
          <Title order={4}>{base ? t.formTitleVersion(base.code) : t.formTitleNew}</Title>
          {mutation.error && <ErrorAlert error={mutation.error} testId="tenant-award-error" />}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={f.code}
              description={f.codeHint}
              withAsterisk
              disabled={base !== null}
              data-testid="ta-code"
              {...form.getInputProps('code')}
              onChange={(e) => form.setFieldValue('code', e.currentTarget.value.toUpperCase())}
            />
            <TextInput label={f.name} withAsterisk data-testid="ta-name" {...form.getInputProps('name')} />
            <Select
              label={f.level}
              data={options(t.levels)}
              allowDeselect={false}
              data-testid="ta-level"
              {...form.getInputProps('level')}
            />
            <Select
              label={f.category}
              data={options(t.categories)}
              allowDeselect={false}
              data-testid="ta-category"
              {...form.getInputProps('category')}
            />
            <Select
              label={f.kind}
              data={AWARD_KINDS.map((k) => ({ value: k, label: KIND_NAMES[k] }))}
              allowDeselect={false}
              {...form.getInputProps('kind')}
            />
            <Select
              label={f.decider}
              data={DECIDER_ROLES.map((d) => ({ value: d, label: DECIDER_NAMES[d] }))}
              allowDeselect={false}
              searchable
              data-testid="ta-decider"
              {...form.getInputProps('decider')}
            />
            <Checkbox.Group label={f.subjectTypes} withAsterisk {...form.getInputProps('subjectTypes')}>
              <Group mt="xs">
                {options(t.subjects).map((o) => (
                  <Checkbox
                    key={o.value}
                    value={o.value}
                    label={o.label}
                    data-testid={`ta-subject-${o.value}`}
                  />
                ))}
              </Group>
            </Checkbox.Group>
            <VnNumberInput
              label={f.coefficient}
              description={f.coefficientHint}
              min={0}
              max={50}
              decimals={2}
              data-testid="ta-coefficient"
              {...form.getInputProps('coefficient')}
            />
            <TextInput
              label={f.citation}
              description={f.citationHint}
              withAsterisk
              data-testid="ta-citation"
              {...form.getInputProps('citation')}
            />
            <VnDateInput
              label={f.effectiveFrom}
              withAsterisk
              data-testid="ta-effective-from"
              {...form.getInputProps('effectiveFrom')}
            />
          </SimpleGrid>
          {!advanced && (
            <CriteriaEditor rows={rows} join={join} onRows={setRows} onJoin={setJoin} error={criteriaError} />
          )}
          <Switch
            label={t.criteria.advanced}
            description={t.criteria.advancedHint}
            checked={advanced}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              // Switching on starts from what the rows build, so nothing typed is lost.
              if (on && !json)
                setJson(JSON.stringify(buildCriteria(rows, join, form.values.citation), null, 2));
              setAdvanced(on);
            }}
            data-testid="ta-advanced"
          />
          {advanced && (
            <Textarea
              autosize
              minRows={6}
              ff="monospace"
              value={json}
              onChange={(e) => setJson(e.currentTarget.value)}
              error={criteriaError}
              data-testid="ta-criteria-json"
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone} data-testid="ta-cancel">
              {t.cancel}
            </Button>
            <Button type="submit" loading={mutation.isPending} data-testid="ta-save">
              {t.save}
            </Button>
          </Group>
        </Stack>
      </Paper>
      <ConfirmDialog
        opened={pending !== null}
        title={t.confirmTitle}
        text={t.confirmBody}
        confirmLabel={t.save}
        loading={mutation.isPending}
        testId="ta-confirm"
        onConfirm={save}
        onCancel={() => setPending(null)}
      />
    </Box>
  );
}
