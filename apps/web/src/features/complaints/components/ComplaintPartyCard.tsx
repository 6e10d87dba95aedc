import { Button, Card, Stack, Text } from '@mantine/core';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ui } from '../../../i18n/ui';
import { useReadParty } from '../api/complaints';

const c = ui.complaints.party;

/** The filer's identity, shown only on the assigned handler's request (each read is audited). */
export function ComplaintPartyCard({ id }: { id: string }) {
  const read = useReadParty(id);
  return (
    <Card withBorder data-testid="complaint-party">
      {read.error && <ErrorAlert error={read.error} />}
      {read.data ? (
        <Stack gap={2}>
          <Text size="sm">
            {c.fullName}: {read.data.fullName}
          </Text>
          <Text size="sm">
            {c.contact}: {read.data.contact}
          </Text>
          {read.data.address && (
            <Text size="sm">
              {c.address}: {read.data.address}
            </Text>
          )}
        </Stack>
      ) : (
        <Stack gap={4} align="flex-start">
          <Button variant="light" size="xs" onClick={() => read.mutate()} loading={read.isPending}>
            {c.show}
          </Button>
          <Text size="xs" c="dimmed">
            {c.hint}
          </Text>
        </Stack>
      )}
    </Card>
  );
}
