import { Checkbox, Loader, Stack, Table, Text } from '@mantine/core';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { t, ui } from '../../../i18n/ui';
import { formatDate } from '../../../lib/format';
import { useProposalCandidates } from '../api/get-candidates';

const c = ui.councils;

type Props = {
  unitId: string | null;
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string | undefined;
};

/** Proposals waiting for this unit's council and not yet on an open session's agenda. */
export function ProposalPicker({ unitId, value, onChange, error }: Props) {
  const { data, error: loadError, isLoading } = useProposalCandidates(unitId);
  const toggle = (id: string, on: boolean) => onChange(on ? [...value, id] : value.filter((x) => x !== id));
  return (
    <Stack gap={4} data-testid="council-proposal-picker">
      <Text fw={500} size="sm">
        {c.pickProposals} · {t(c.selected, { n: value.length })}
      </Text>
      {!unitId && <Text size="sm">{c.pickUnitFirst}</Text>}
      {isLoading && <Loader size="sm" />}
      {loadError && <ErrorAlert error={loadError} />}
      {data && data.length === 0 && <Text size="sm">{c.noProposalCandidates}</Text>}
      {data && data.length > 0 && (
        <Table striped withTableBorder>
          <Table.Tbody>
            {data.map((p) => (
              <Table.Tr key={p.id} data-testid="proposal-candidate" data-proposal-id={p.id}>
                <Table.Td w={40}>
                  <Checkbox
                    aria-label={p.title}
                    checked={value.includes(p.id)}
                    onChange={(e) => toggle(p.id, e.currentTarget.checked)}
                    data-testid="proposal-pick"
                  />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {p.title}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {p.submittingUnitName} · {p.year}
                    {p.dueOn && ` · ${ui.proposals.colDue}: ${formatDate(p.dueOn)}`}
                  </Text>
                </Table.Td>
                <Table.Td>{t(c.eligibleItems, { n: p.eligibleItems })}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {error && (
        <Text size="xs" c="red" data-testid="council-proposals-error">
          {error}
        </Text>
      )}
    </Stack>
  );
}
