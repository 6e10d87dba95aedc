import { Alert, Button, Checkbox, Paper, Select, Stack, TextInput } from '@mantine/core';
import { KIND_LABELS, PROPOSAL_KINDS } from '@vinhdanh/domain/workflow/states';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { UnitSelect } from '../../../components/UnitSelect';
import { VnNumberInput } from '../../../components/VnNumberInput';
import { ui } from '../../../i18n/ui';
import { currentYear } from '../../../lib/dates';
import { type NomineeRow, takeNominationDraft } from '../../../lib/nomination-draft';
import { useMe } from '../../../lib/session/get-me';
import { useCreateProposal } from '../api/create-proposal';
import { NomineesEditor, toItems } from './NomineesEditor';

const p = ui.proposals;

// Nominees of every kind, each with its own award; the engine's verdict on each is shown on the
// proposal page right after creation (the draft is where the officer sees and fixes it). A list
// from "Gợi ý đề nghị" arrives pre-selected.
export function CreateProposalPage({ onCreated }: { onCreated: (id: string) => void }) {
  const { data: me } = useMe();
  const [draft] = useState(takeNominationDraft);
  const [unitId, setUnitId] = useState<string | null>(draft?.unitId ?? me?.user.unitId ?? null);
  const [kind, setKind] = useState<string>('CONG_TRANG');
  const [title, setTitle] = useState('');
  const [year, setYear] = useState<number>(draft?.year ?? currentYear() - 1);
  const [rows, setRows] = useState<NomineeRow[]>(draft?.rows ?? []);
  const [split, setSplit] = useState(false);
  const create = useCreateProposal();
  const submit = () => {
    if (!unitId || Number.isNaN(year)) return;
    create.mutate(
      { kind, title, year, submittingUnitId: unitId, splitByDecider: split, items: toItems(rows) },
      { onSuccess: (r) => r.proposals[0] && onCreated(r.proposals[0].id) },
    );
  };
  return (
    <>
      <PageHeader title={p.createTitle} />
      <Paper withBorder p="md" maw={1100}>
        <Stack>
          {draft && (
            <Alert color="blue" data-testid="nominees-from-suggestions">
              {ui.nominees.fromSuggestionsNote}
            </Alert>
          )}
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
          <VnNumberInput
            label={p.year}
            required
            value={year}
            // Empty or refused: NaN, which keeps the dossier from being created; the field says why.
            onChange={(v) => setYear(v === '' ? Number.NaN : v)}
            min={2000}
            max={2100}
            data-testid="proposal-year"
          />
          <UnitSelect
            label={p.unit}
            value={unitId}
            onChange={(v) => {
              setUnitId(v);
              // Nominees belong to the submitting unit: a new unit starts a new list.
              if (v !== unitId) setRows([]);
            }}
            data-testid="proposal-unit"
          />
          <NomineesEditor unitId={unitId} rows={rows} onChange={setRows} />
          <Checkbox
            label={p.splitByDecider}
            checked={split}
            onChange={(e) => setSplit(e.currentTarget.checked)}
          />
          <Button
            onClick={submit}
            loading={create.isPending}
            disabled={!unitId || rows.length === 0 || title.trim().length < 3 || Number.isNaN(year)}
            data-testid="proposal-create-submit"
          >
            {p.submitCreate}
          </Button>
        </Stack>
      </Paper>
    </>
  );
}
