import { Alert, Container, Loader, Paper, Table, Text, Title } from '@mantine/core';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { t, vi } from '../../../i18n/vi';
import { formatDate } from '../../../lib/format';
import { useAwardVerification } from '../api/verify-award';

const v = vi.publicVerification;

/** The page a certificate's QR code opens (no login): the award, and whether it still stands. */
export function VerificationPage({ code }: { code: string }) {
  const { data, error } = useAwardVerification(code);
  return (
    <Container size="sm" py="xl">
      <Title order={2} data-testid="page-title">
        {v.title}
      </Title>
      <Text c="dimmed" mb="lg">
        {v.subtitle}
      </Text>
      {error && <ErrorAlert error={error} />}
      {!data && !error && <Loader />}
      {data && (
        <Paper withBorder p="md" data-testid="verification" data-status={data.status}>
          {data.status === 'VALID' ? (
            <Alert color="green" mb="md" data-testid="verification-status">
              {v.valid}
            </Alert>
          ) : (
            <Alert color="red" mb="md" data-testid="verification-status">
              {t(v.revoked, { date: formatDate(data.revokedOn) })}
            </Alert>
          )}
          <Table>
            <Table.Tbody>
              {[
                [v.recipient, data.recipientName],
                [v.unit, data.unitLine],
                [v.award, `${data.certificateKind} — ${data.award}`],
                [v.achievement, data.achievement ?? ''],
                [
                  v.decision,
                  t(v.decisionValue, { number: data.decisionNumber, date: formatDate(data.decisionDate) }),
                ],
                [v.issuer, data.issuer],
                [v.registry, String(data.registryNumber).padStart(6, '0')],
              ].map(([label, value]) => (
                <Table.Tr key={label}>
                  <Table.Th w="35%">{label}</Table.Th>
                  <Table.Td data-testid={`verification-${label}`}>{value}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Container>
  );
}
