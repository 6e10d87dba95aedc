import { Select, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { ui } from '../../../i18n/ui';

export type UnitFieldValues = { code: string; name: string; type: string };

const o = ui.orgUnits;
export const UNIT_TYPE_OPTIONS = Object.entries(o.types).map(([value, label]) => ({ value, label }));

export const unitFieldRules = {
  code: (v: string) => (/^[A-Za-z0-9._-]+$/.test(v.trim()) ? null : o.form.codeInvalid),
  name: (v: string) => (v.trim().length >= 2 ? null : o.form.nameRequired),
  type: (v: string) => (v ? null : o.form.typeRequired),
};

/** Code, name and type of a unit, shared by the create and split forms. */
export function UnitFields<T>({
  form,
  prefix,
  testId,
}: {
  form: UseFormReturnType<T>;
  prefix: string;
  testId: string;
}) {
  return (
    <>
      <TextInput
        label={o.form.name}
        withAsterisk
        data-testid={`${testId}-name`}
        {...form.getInputProps(`${prefix}name`)}
      />
      <TextInput
        label={o.form.code}
        withAsterisk
        data-testid={`${testId}-code`}
        {...form.getInputProps(`${prefix}code`)}
      />
      <Select
        label={o.form.type}
        data={UNIT_TYPE_OPTIONS}
        withAsterisk
        data-testid={`${testId}-type`}
        {...form.getInputProps(`${prefix}type`)}
      />
    </>
  );
}
