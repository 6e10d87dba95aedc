import { Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { VnDateInput } from '../../../components/VnDateInput';
import { VnNumberInput } from '../../../components/VnNumberInput';
import { t, ui } from '../../../i18n/ui';
import { isApiError } from '../../../lib/api';
import { todayIso } from '../../../lib/dates';
import { applyServerErrors } from '../../../lib/form-errors';
import { formatMoney } from '../../../lib/format';
import { useAddReceipt } from '../api/add-receipt';
import type { FundOverview } from '../api/fund.types';
import { type ReceiptFormValues, receiptValidation, toReceiptInput } from '../lib/receipt-form';

const r = ui.fund.receipt;
const FIELDS = ['source', 'amountVnd', 'entryDate', 'voucherNo', 'description'] as const;

type Props = { sources: FundOverview['sources']; onClose: () => void };

/** A budget allocation or another source's money coming into the fund. */
export function ReceiptModal({ sources, onClose }: Props) {
  const add = useAddReceipt();
  const today = todayIso();
  const form = useForm<ReceiptFormValues>({
    initialValues: { source: null, amountVnd: '', entryDate: today, voucherNo: '', description: '' },
    validate: receiptValidation(today),
  });
  const submit = (values: ReceiptFormValues) =>
    add.mutate(toReceiptInput(values), {
      onSuccess: (entry) => {
        notifications.show({ color: 'green', message: t(r.done, { amount: formatMoney(entry.amountVnd) }) });
        onClose();
      },
      onError: (error) => {
        if (isApiError(error)) applyServerErrors(form, error, FIELDS);
      },
    });
  return (
    <Modal opened onClose={onClose} title={r.title} size="lg">
      <form onSubmit={form.onSubmit(submit)} noValidate data-testid="fund-receipt-form">
        <Stack>
          {add.error && <ErrorAlert error={add.error} />}
          <Select
            label={r.source}
            data={sources.map((s) => ({ value: s.key, label: s.name }))}
            withAsterisk
            allowDeselect={false}
            data-testid="fund-receipt-source"
            {...form.getInputProps('source')}
          />
          <Group grow align="flex-start">
            <VnNumberInput
              label={r.amount}
              withAsterisk
              thousands
              min={0}
              data-testid="fund-receipt-amount"
              {...form.getInputProps('amountVnd')}
            />
            <VnDateInput
              label={r.entryDate}
              maxDate={today}
              withAsterisk
              data-testid="fund-receipt-date"
              {...form.getInputProps('entryDate')}
            />
          </Group>
          <TextInput
            label={r.voucherNo}
            data-testid="fund-receipt-voucher"
            {...form.getInputProps('voucherNo')}
          />
          <Textarea
            label={r.description}
            placeholder={r.descriptionPlaceholder}
            withAsterisk
            autosize
            minRows={2}
            data-testid="fund-receipt-description"
            {...form.getInputProps('description')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {ui.app.cancel}
            </Button>
            <Button type="submit" loading={add.isPending} data-testid="fund-receipt-submit">
              {r.submit}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
