import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { VnDateInput } from '../../../components/VnDateInput';
import { t, ui } from '../../../i18n/ui';
import { isRefusedDate, todayIso } from '../../../lib/dates';
import { formatDate } from '../../../lib/format';
import type { FormSearch } from '../api/reports.types';
import { useFreezeReport, useReportSigners } from '../api/snapshots';

const z = ui.reports.freeze;

type Props = { search: FormSearch; unitName: string; opened: boolean; onClose: () => void };

/**
 * Chốt báo cáo in two steps: the signer (a leader over the unit) and the signing date, then a
 * confirmation that says the frozen figures will not follow later corrections of the records.
 */
export function FreezeReportDialog({ search, unitName, opened, onClose }: Props) {
  const signers = useReportSigners(search.unitId, opened);
  const freeze = useFreezeReport();
  const [signerId, setSignerId] = useState<string | null>(null);
  const [signedOn, setSignedOn] = useState<string | null>(todayIso());
  const [confirming, setConfirming] = useState(false);
  const formLabel = ui.reports.forms.options[search.form] ?? search.form;
  const signer = signers.data?.items.find((s) => s.id === signerId);
  const close = () => {
    setConfirming(false);
    freeze.reset();
    onClose();
  };
  const submit = () =>
    freeze.mutate(
      { ...search, signerUserId: signerId ?? '', ...(signedOn ? { signedOn } : {}) },
      {
        onSuccess: (s) => {
          notifications.show({
            color: 'green',
            message: t(z.done, { form: s.formCode, year: s.year, revision: s.revision }),
          });
          close();
        },
        // The refusal (wrong signer, date) is shown on the first step, where it can be corrected.
        onError: () => setConfirming(false),
      },
    );
  return (
    <>
      <Modal
        opened={opened && !confirming}
        onClose={close}
        title={t(z.title, { form: search.form, year: search.year })}
        centered
        size="lg"
      >
        <Stack data-testid="freeze-dialog">
          <Text size="sm">{z.intro}</Text>
          <div>
            <Text size="sm" fw={500}>
              {formLabel}
            </Text>
            <Text size="sm">{t(z.unit, { unit: unitName })}</Text>
          </div>
          {signers.error && <ErrorAlert error={signers.error} />}
          {signers.data && signers.data.items.length === 0 && (
            <Alert color="yellow" data-testid="freeze-no-signer">
              {z.noSigner}
            </Alert>
          )}
          <Select
            label={z.signer}
            placeholder={z.signerPlaceholder}
            data={(signers.data?.items ?? []).map((s) => ({
              value: s.id,
              label: s.positionTitle ? `${s.fullName} — ${s.positionTitle}` : s.fullName,
            }))}
            value={signerId}
            onChange={setSignerId}
            withAsterisk
            searchable
            data-testid="freeze-signer"
          />
          <VnDateInput
            label={z.signedOn}
            description={t(z.signedOnHint, { year: search.year })}
            value={signedOn}
            onChange={setSignedOn}
            minDate={`${search.year}-01-01`}
            maxDate={todayIso()}
            withAsterisk
            data-testid="freeze-signed-on"
          />
          {freeze.error && <ErrorAlert error={freeze.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {ui.app.cancel}
            </Button>
            <Button
              disabled={!signerId || !signedOn || isRefusedDate(signedOn)}
              onClick={() => setConfirming(true)}
              data-testid="freeze-next"
            >
              {z.next}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <ConfirmDialog
        opened={opened && confirming}
        title={z.confirmTitle}
        text={t(z.confirmText, {
          form: formLabel,
          year: search.year,
          unit: unitName,
          signer: signer?.fullName ?? '',
          date: formatDate(signedOn),
        })}
        confirmLabel={z.confirm}
        loading={freeze.isPending}
        testId="freeze-confirm"
        onConfirm={submit}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}
