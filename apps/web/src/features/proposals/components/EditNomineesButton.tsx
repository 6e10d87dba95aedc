import { Button, Group, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ui } from '../../../i18n/ui';
import type { NomineeRow } from '../../../lib/nomination-draft';
import type { Proposal } from '../api/proposal.types';
import { useUpdateProposalItems } from '../api/update-proposal-items';
import { NomineesEditor, toItems } from './NomineesEditor';

const n = ui.nominees;

const rowsOf = (proposal: Proposal): NomineeRow[] =>
  proposal.items.map((i) => ({
    subjectType: i.subjectType,
    subjectId: i.subjectId,
    label: i.subjectName,
    awardCode: i.awardCode,
    achievement: i.achievement ?? '',
  }));

/** Add, remove and change nominees while the dossier is with the unit (draft or returned). */
export function EditNomineesButton({ proposal, disabled }: { proposal: Proposal; disabled: boolean }) {
  const [open, setOpen] = useState(false);
  const [rows, setRows] = useState<NomineeRow[]>([]);
  const save = useUpdateProposalItems(proposal);
  return (
    <>
      <Button
        size="xs"
        variant="light"
        disabled={disabled}
        onClick={() => {
          setRows(rowsOf(proposal));
          save.reset();
          setOpen(true);
        }}
        data-testid="nominees-edit"
      >
        {n.edit}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={n.editTitle} size="80rem">
        <Stack>
          {save.error && <ErrorAlert error={save.error} />}
          <NomineesEditor unitId={proposal.submittingUnitId} rows={rows} onChange={setRows} />
          <Group justify="flex-end">
            <Button
              loading={save.isPending}
              disabled={rows.length === 0}
              onClick={() => save.mutate(toItems(rows), { onSuccess: () => setOpen(false) })}
              data-testid="nominees-save"
            >
              {n.save}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
