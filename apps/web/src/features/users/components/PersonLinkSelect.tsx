import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useRef, useState } from 'react';
import { ui } from '../../../i18n/ui';
import { usePersonOptions } from '../api/person-options';

type Props = Omit<SelectProps, 'data' | 'searchValue' | 'onSearchChange'> & {
  /** Label of the person already linked, shown before any search. */
  currentLabel?: string | null;
};

/** Searches people by name (server-side, diacritics optional) to link an account to its person. */
export function PersonLinkSelect({ currentLabel, value, ...props }: Props) {
  const [search, setSearch] = useState('');
  const labels = useRef(new Map<string, string>());
  const selectedLabel = value ? (labels.current.get(value) ?? currentLabel ?? '') : '';
  // Once an option is picked the box shows its label; that is not a new search.
  const [q] = useDebouncedValue(search === selectedLabel ? '' : search, 250);
  const { data = [], isFetching } = usePersonOptions(q);
  for (const o of data) labels.current.set(o.value, o.label);
  const options =
    value && selectedLabel && !data.some((o) => o.value === value)
      ? [{ value, label: selectedLabel }, ...data]
      : data;
  return (
    <Select
      searchable
      clearable
      data={options}
      value={value}
      // The server already matched the folded name; keep every hit it returned.
      filter={({ options: all }) => all}
      searchValue={search}
      onSearchChange={setSearch}
      placeholder={ui.users.personSearch}
      nothingFoundMessage={q.trim().length >= 2 && !isFetching ? ui.app.none : undefined}
      {...props}
    />
  );
}
