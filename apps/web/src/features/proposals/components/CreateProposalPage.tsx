import { Button, Checkbox, MultiSelect, NumberInput, Paper, Select, Stack, TextInput } from '@mantine/core';
import { CATALOGUE } from '@vinhdanh/domain/rules/catalogue';
import { AWARD_CODES } from '@vinhdanh/domain/rules/types';
import { KIND_LABELS, PROPOSAL_KINDS } from '@vinhdanh/domain/workflow/states';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { UnitSelect } from '../../../components/UnitSelect';
import { vi } from '../../../i18n/vi';
import { currentYear } from '../../../lib/dates';
import { useMe } from '../../../lib/session/get-me';
import { useCreateProposal } from '../api/create-proposal';
import { useUnitPeople } from '../api/list-unit-people';

const p = vi.proposals;

// Awards given to individuals; the engine's verdict on each nominee is shown on the proposal page
// right after creation (the draft is where the officer sees and fixes it).
const PERSON_AWARDS = AWARD_CODES.filter((c) => CATALOGUE[c].subjectTypes.includes('individual')).map(
  (c) => ({
    value: c,
    label: CATALOGUE[c].name,
  }),
);

export function CreateProposalPage({ onCreated }: { onCreated: (id: string) => void }) {
  const { data: me } = useMe();
  const [unitId, setUnitId] = useState<string | null>(me?.user.unitId ?? null);
  const [kind, setKind] = useState<string>('CONG_TRANG');
  const [title, setTitle] = useState('');
  const [year, setYear] = useState<number>(currentYear() - 1);
  const [people, setPeople] = useState<string[]>([]);
  const [awardCode, setAwardCode] = useState<string | null>('LDTT');
  const [split, setSplit] = useState(false);
  const [search, setSearch] = useState('');
  // Labels of the people already picked, so they stay shown while the search shows others.
  const [picked, setPicked] = useState<Record<string, string>>({});
  const candidates = useUnitPeople(unitId, search.trim());
  const options = new Map(Object.entries(picked));
  for (const x of candidates.data?.items ?? []) options.set(x.id, x.fullName);
  const create = useCreateProposal();
  const submit = () => {
    if (!unitId || !awardCode) return;
    create.mutate(
      {
        kind,
        title,
        year,
        submittingUnitId: unitId,
        splitByDecider: split,
        items: people.map((subjectId) => ({ subjectType: 'PERSON', subjectId, awardCode })),
      },
      { onSuccess: (r) => r.proposals[0] && onCreated(r.proposals[0].id) },
    );
  };
  return (
    <>
      <PageHeader title={p.createTitle} />
      <Paper withBorder p="md" maw={760}>
        <Stack>
          {create.error && <ErrorAlert error={create.error} />}
          <Select
            label={p.kind}
            data={PROPOSAL_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
            value={kind}
            onChange={(v) => v && setKind(v)}
            data-testid="proposal-kind"
          />
          <TextInput
            label={p.name}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            data-testid="proposal-title"
            required
          />
          <NumberInput
            label={p.year}
            value={year}
            onChange={(v) => typeof v === 'number' && setYear(v)}
            min={2000}
            max={2100}
            data-testid="proposal-year"
          />
          <UnitSelect label={p.unit} value={unitId} onChange={setUnitId} data-testid="proposal-unit" />
          <Select
            label={p.award}
            data={PERSON_AWARDS}
            value={awardCode}
            onChange={setAwardCode}
            searchable
            data-testid="proposal-award"
          />
          <MultiSelect
            label={p.people}
            placeholder={p.peoplePlaceholder}
            data={[...options].map(([value, label]) => ({ value, label }))}
            value={people}
            onChange={(ids) => {
              setPeople(ids);
              setPicked(Object.fromEntries(ids.map((id) => [id, options.get(id) ?? id])));
            }}
            searchable
            searchValue={search}
            onSearchChange={setSearch}
            // The server searches (diacritic-free); no second filter on the client.
            filter={({ options: all }) => all}
            data-testid="proposal-people"
          />
          <Checkbox
            label={p.splitByDecider}
            checked={split}
            onChange={(e) => setSplit(e.currentTarget.checked)}
          />
          <Button
            onClick={submit}
            loading={create.isPending}
            disabled={!unitId || !awardCode || people.length === 0 || title.trim().length < 3}
            data-testid="proposal-create-submit"
          >
            {p.submitCreate}
          </Button>
        </Stack>
      </Paper>
    </>
  );
}
