import { MultiSelect, type OptionsFilter, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { ui } from '../../../i18n/ui';
import { useAwardName } from '../../../lib/award-names';
import { type AwardHit, useAwardOptions, useMovementOptions, usePersonOptions } from '../api/model-pickers';

const f = ui.models.form;

// The server already matched the name (without diacritics): show what it found as it is.
const serverFiltered: OptionsFilter = ({ options }) => options;

/** The person of a PERSON model, found by name ("nguyen van" finds "Nguyễn Văn …"). */
export function PersonPicker({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
}) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const { data } = usePersonOptions(debounced);
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(null);
  // The position tells namesakes of one unit apart (the demo's schools have several Nguyễn Đức An).
  const options = (data?.items ?? []).map((p) => ({
    value: p.id,
    label: `${p.fullName} — ${p.unitName}${p.position ? ` (${p.position})` : ''}`,
  }));
  // Keep the chosen person listed while a new search runs, so the field still shows the name.
  if (picked && value === picked.value && !options.some((o) => o.value === picked.value))
    options.unshift(picked);
  return (
    <Select
      label={f.person}
      description={f.personHint}
      placeholder={f.typeName}
      required
      searchable
      clearable
      data={options}
      searchValue={search}
      onSearchChange={setSearch}
      filter={serverFiltered}
      nothingFoundMessage={debounced.trim().length >= 2 ? f.nothingFound : undefined}
      value={value}
      onChange={(id) => {
        setPicked(options.find((o) => o.value === id) ?? null);
        onChange(id);
      }}
      data-testid="model-person"
    />
  );
}

export function MovementPicker({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
}) {
  const { data } = useMovementOptions();
  return (
    <Select
      label={f.movement}
      placeholder={f.movementNone}
      searchable
      clearable
      data={(data?.items ?? []).map((m) => ({ value: m.id, label: `${m.title} (${m.year})` }))}
      value={value}
      onChange={onChange}
      data-testid="model-movement"
    />
  );
}

/**
 * The awards behind the model: the chosen person's own (filtered as one types), or for a practice
 * or a collective, found by the recipient's name within the proposing unit.
 */
export function AwardsPicker({
  unitId,
  subjectId,
  value,
  onChange,
}: {
  unitId: string;
  subjectId?: string | undefined;
  value: string[];
  onChange: (ids: string[]) => void;
}) {
  const name = useAwardName();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const { data } = useAwardOptions(debounced, unitId, subjectId);
  const [known, setKnown] = useState<Map<string, string>>(new Map());
  const label = (a: AwardHit) =>
    `${a.subjectName}: ${name(a.awardCode)} ${a.year}${a.decisionNumber ? ` (QĐ ${a.decisionNumber})` : ''}`;
  const found = (data?.items ?? [])
    .filter((a) => !a.isRevoked)
    .map((a) => ({ value: a.id, label: label(a) }));
  // Chosen awards stay listed (with their labels) whatever the current search finds.
  const chosen = value
    .filter((id) => !found.some((o) => o.value === id))
    .map((id) => ({ value: id, label: known.get(id) ?? id }));
  return (
    <MultiSelect
      label={f.awards}
      description={subjectId ? f.awardsOfPersonHint : f.awardsHint}
      placeholder={subjectId ? undefined : f.typeName}
      searchable
      clearable
      data={[...chosen, ...found]}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={subjectId && data ? f.awardsOfPersonNone : undefined}
      // A person's few awards are filtered here as one types; a name search is the server's.
      {...(subjectId ? {} : { filter: serverFiltered })}
      value={value}
      onChange={(ids) => {
        setKnown((m) => new Map([...m, ...found.map((o) => [o.value, o.label] as const)]));
        onChange(ids);
      }}
      data-testid="model-awards"
    />
  );
}
