import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { VnNumberInput } from '../../../components/VnNumberInput';
import { ui } from '../../../i18n/ui';
import { useEditScore } from '../api/scores';

const s = ui.emulation.scoring;
type Target = { id: string; version: number; value: number; maxPoints?: number; label: string };

/** Editing a submitted score: the reason is required and kept with the old and new value. */
export function EditScoreModal({ target, onClose }: { target: Target; onClose: () => void }) {
  const edit = useEditScore();
  const [value, setValue] = useState<number | ''>(target.value);
  const [reason, setReason] = useState('');
  return (
    <Modal opened onClose={onClose} title={s.editTitle}>
      <Stack>
        <Text size="sm">{target.label}</Text>
        {edit.error && <ErrorAlert error={edit.error} testId="score-edit-error" />}
        <VnNumberInput
          label={s.value}
          value={value}
          onChange={setValue}
          min={0}
          max={target.maxPoints}
          decimals={2}
          data-testid="score-edit-value"
        />
        <Textarea
          label={s.reason}
          description={s.reasonHint}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          data-testid="score-edit-reason"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {ui.app.cancel}
          </Button>
          <Button
            loading={edit.isPending}
            disabled={value === '' || Number.isNaN(value)}
            onClick={() =>
              value !== '' &&
              edit.mutate(
                { id: target.id, version: target.version, value, ...(reason.trim() ? { reason } : {}) },
                { onSuccess: onClose },
              )
            }
            data-testid="score-edit-save"
          >
            {ui.app.save}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
