import { Anchor, Badge, Button, Stack, Text } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { t, ui } from '../../../i18n/ui';
import { formatDate, formatMoney } from '../../../lib/format';
import type { FundEntry } from '../api/fund.types';
import { ReverseEntryModal } from './ReverseEntryModal';

const l = ui.fund.ledger;
const KIND_COLORS: Record<FundEntry['kind'], string> = {
  RECEIPT: 'green',
  PAYMENT: 'orange',
  RECOVERY: 'teal',
  REVERSAL: 'gray',
};

type Props = { entries: FundEntry[]; canManage: boolean };

/** The year's fund book, in booking order; a reversal links to the entry it cancels and back. */
export function FundLedgerTable({ entries, canManage }: Props) {
  const [reversing, setReversing] = useState<FundEntry | null>(null);
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const reversalOf = new Map(entries.filter((e) => e.reversesEntryId).map((e) => [e.reversesEntryId, e]));
  const jumpTo = (id: string) => {
    setHighlighted(id);
    document.getElementById(`fund-entry-${id}`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };
  const link = (target: FundEntry, label: string, testId: string) => (
    <Anchor component="button" type="button" size="xs" onClick={() => jumpTo(target.id)} data-testid={testId}>
      {label}
    </Anchor>
  );
  return (
    <>
      <DataTable<FundEntry>
        withTableBorder
        borderRadius="md"
        striped
        highlightOnHover
        minHeight={entries.length ? undefined : 160}
        records={entries}
        noRecordsText={l.empty}
        rowBackgroundColor={(e) => (e.id === highlighted ? 'yellow.1' : undefined)}
        customRowAttributes={(e) => ({
          id: `fund-entry-${e.id}`,
          'data-testid': 'fund-entry',
          'data-kind': e.kind,
          'data-reversed': String(e.isReversed),
        })}
        columns={[
          { accessor: 'entryDate', title: l.date, width: 110, render: (e) => formatDate(e.entryDate) },
          { accessor: 'voucherNo', title: l.voucher, render: (e) => e.voucherNo ?? ui.app.none },
          {
            accessor: 'kind',
            title: l.kind,
            render: (e) => (
              <Badge color={KIND_COLORS[e.kind]} variant="light">
                {e.kindName}
              </Badge>
            ),
          },
          {
            accessor: 'description',
            title: l.content,
            render: (e) => (
              <Stack gap={0}>
                <Text size="sm">{e.sourceName ?? e.awardName ?? ui.app.none}</Text>
                {e.decisionNumber && (
                  <Text size="xs" c="dimmed">
                    {t(l.decision, { number: e.decisionNumber })}
                  </Text>
                )}
                <Text size="xs" c="dimmed">
                  {e.description}
                </Text>
              </Stack>
            ),
          },
          { accessor: 'payee', title: l.payee, render: (e) => e.payee ?? ui.app.none },
          {
            accessor: 'amountVnd',
            title: l.amount,
            textAlign: 'right',
            render: (e) => (
              <Text
                size="sm"
                fw={600}
                c={e.amountVnd < 0 ? 'red' : 'green.8'}
                data-testid="fund-entry-amount"
              >
                {formatMoney(e.amountVnd)}
              </Text>
            ),
          },
          { accessor: 'createdByName', title: l.by, render: (e) => e.createdByName ?? ui.app.none },
          {
            accessor: 'status',
            title: l.status,
            render: (e) => {
              const original = e.reversesEntryId ? byId.get(e.reversesEntryId) : undefined;
              const reversal = reversalOf.get(e.id);
              if (e.reversesEntryId) {
                const label = t(l.reverses, {
                  date: original ? formatDate(original.entryDate) : ui.app.none,
                });
                return original ? (
                  link(original, label, 'fund-entry-original')
                ) : (
                  <Text size="xs">{label}</Text>
                );
              }
              if (e.isReversed) {
                return reversal ? (
                  link(reversal, l.reversed, 'fund-entry-reversal-link')
                ) : (
                  <Badge color="gray">{l.reversed}</Badge>
                );
              }
              if (!canManage) return null;
              return (
                <Button
                  size="compact-xs"
                  variant="light"
                  color="red"
                  onClick={() => setReversing(e)}
                  data-testid="fund-entry-reverse"
                >
                  {l.reverse}
                </Button>
              );
            },
          },
        ]}
      />
      {reversing && <ReverseEntryModal entry={reversing} onClose={() => setReversing(null)} />}
    </>
  );
}
