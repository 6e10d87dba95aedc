import { List, Text } from '@mantine/core';
import { t, ui } from '../../../i18n/ui';
import type { ExchangeReturnReason } from '../api/incoming-dossiers';

const x = ui.exchange;

/** The reasons of one return, each with its code and the nominee it concerns. */
export function ReasonList({
  reasons,
  nameOf,
}: {
  reasons: ExchangeReturnReason[];
  nameOf: (itemId: string) => string | undefined;
}) {
  return (
    <List size="sm" spacing={2}>
      {reasons.map((r) => (
        <List.Item key={`${r.code}${r.text}${r.itemId}`} data-testid="return-reason-shown" data-code={r.code}>
          <Text span fw={500}>
            {x.reasonCodes[r.code] ?? r.code}
          </Text>
          {r.itemId && nameOf(r.itemId) ? ` (${t(x.reasonItem, { name: nameOf(r.itemId) ?? '' })})` : ''}:{' '}
          {r.text}
        </List.Item>
      ))}
    </List>
  );
}
