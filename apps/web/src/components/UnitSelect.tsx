import { type ComboboxItem, type OptionsFilter, Select, type SelectProps, Text } from '@mantine/core';
import { foldVietnamese } from '@vinhdanh/domain/text/fold';
import { useUnitOptions } from '../lib/unit-options';

type Props = Omit<SelectProps, 'data'> & { includeDissolved?: boolean };

// "so tai chinh" finds "Sở Tài chính".
const foldedFilter: OptionsFilter = ({ options, search }) => {
  const needle = foldVietnamese(search.trim());
  return (options as ComboboxItem[]).filter((option) => foldVietnamese(option.label).includes(needle));
};

/** Searchable select over the org units in the user's scope, indented by depth. */
export function UnitSelect({ includeDissolved = false, ...props }: Props) {
  const { data = [], isLoading } = useUnitOptions();
  const units = data.filter((unit) => includeDissolved || unit.status === 'ACTIVE');
  const depth = new Map(units.map((unit) => [unit.id, unit.depth]));
  return (
    <Select
      searchable
      clearable
      data={units.map((unit) => ({ value: unit.id, label: unit.label }))}
      filter={foldedFilter}
      disabled={isLoading}
      renderOption={({ option }) => (
        <Text size="sm" pl={(depth.get(option.value) ?? 0) * 14}>
          {option.label}
        </Text>
      )}
      {...props}
    />
  );
}
