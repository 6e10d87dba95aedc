import { Select } from '@mantine/core';
import { ui } from '../../../i18n/ui';
import { eligibilityYears } from '../hooks/use-eligibility-year';

type Props = { value: number; onChange: (year: number) => void; testId: string };

export function YearSelect({ value, onChange, testId }: Props) {
  return (
    <Select
      label={ui.eligibility.year}
      w={120}
      size="sm"
      data={eligibilityYears().map((year) => String(year))}
      value={String(value)}
      onChange={(next) => next && onChange(Number(next))}
      // Clicking the selected year again must not clear it.
      allowDeselect={false}
      comboboxProps={{ withinPortal: true }}
      data-testid={testId}
    />
  );
}
