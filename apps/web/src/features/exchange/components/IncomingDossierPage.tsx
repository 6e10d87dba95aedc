import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  List,
  Loader,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconSignature } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { RouterAnchor } from '../../../components/RouterAnchor';
import { VnDateInput } from '../../../components/VnDateInput';
import { t, ui } from '../../../i18n/ui';
import { isApiError } from '../../../lib/api';
import { todayIso } from '../../../lib/dates';
import { formatDate, formatDateTime, formatFileSize } from '../../../lib/format';
import { type IncomingDossier, useIncomingCommand, useIncomingDossier } from '../api/incoming-dossiers';
import { STATUS_COLORS } from './IncomingDossiersPage';
import { IncomingItemCard } from './IncomingItemCard';
import { ReasonList } from './ReasonList';
import { ReturnDossierModal } from './ReturnDossierModal';

const x = ui.exchange;

function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Card withBorder data-testid={testId}>
      <Title order={4} mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

function DecisionCard({
  decision,
  nameOf,
}: {
  decision: NonNullable<IncomingDossier['decision']>;
  nameOf: (itemId: string) => string | undefined;
}) {
  return (
    <Alert
      color="green"
      icon={<IconSignature size={18} />}
      title={x.decision.title}
      data-testid="incoming-decision"
    >
      <Stack gap={4}>
        <Text size="sm" data-testid="incoming-decision-number">
          {t(x.decision.line, {
            number: decision.number,
            date: formatDate(decision.signedOn),
            issuer: decision.issuer,
          })}
        </Text>
        <Text size="sm">
          {t(x.decision.signer, { name: decision.signerName, title: decision.signerTitle })}
        </Text>
        {decision.documents.length > 0 && (
          <Text size="sm" fw={500}>
            {x.decision.files}
          </Text>
        )}
        {decision.documents.map((d) => {
          const subject = d.itemId ? nameOf(d.itemId) : undefined;
          const label =
            d.kind === 'DECISION'
              ? x.decision.decisionPdf
              : t(x.decision.certificatePdf, { name: subject ?? d.name });
          return d.href ? (
            <Anchor
              key={d.sha256}
              href={d.href}
              download={d.fileName}
              size="sm"
              data-testid="incoming-decision-file"
              data-kind={d.kind}
            >
              {label}
            </Anchor>
          ) : (
            <Text key={d.sha256} size="sm">
              {label}
            </Text>
          );
        })}
        <Text size="xs" c="dimmed">
          {x.decision.locked}
        </Text>
      </Stack>
    </Alert>
  );
}

/** "Ban hành và ký quyết định": the date, a confirmation, then the seal signs (which takes a while). */
function DecidePanel({
  dossier,
  busy,
  onDecide,
}: {
  dossier: IncomingDossier;
  busy: boolean;
  onDecide: (signedOn: string) => void;
}) {
  const [signedOn, setSignedOn] = useState<string | null>(todayIso());
  const [confirming, setConfirming] = useState(false);
  const [tried, setTried] = useState(false);
  const approved = dossier.items.filter((i) => i.approval.approved === true).length;
  const dateOk = !!signedOn && /^\d{4}-\d{2}-\d{2}$/.test(signedOn);
  return (
    <Section title={x.decide.title} testId="decide-panel">
      <Stack>
        <Text size="sm" c="dimmed">
          {x.decide.hint}
        </Text>
        {approved === 0 && (
          <Text size="sm" c="orange">
            {x.decide.needsApproval}
          </Text>
        )}
        <Group align="flex-end">
          <VnDateInput
            label={x.decide.signedOn}
            withAsterisk
            value={signedOn}
            onChange={setSignedOn}
            error={tried && !dateOk ? x.decide.dateRequired : undefined}
            data-testid="decide-signed-on"
          />
          <Button
            leftSection={<IconSignature size={16} />}
            loading={busy}
            disabled={approved === 0}
            data-testid="decide-open"
            onClick={() => {
              setTried(true);
              if (dateOk) setConfirming(true);
            }}
          >
            {x.decide.open}
          </Button>
          {busy && (
            <Group gap="xs" data-testid="decide-progress">
              <Loader size="xs" />
              <Text size="sm" c="dimmed">
                {x.decide.progress}
              </Text>
            </Group>
          )}
        </Group>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={x.decide.confirmTitle}
        text={t(x.decide.confirm, { count: approved })}
        confirmLabel={x.decide.submit}
        testId="decide-confirm"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          if (signedOn) onDecide(signedOn);
        }}
      />
    </Section>
  );
}

function Body({ dossier }: { dossier: IncomingDossier }) {
  const command = useIncomingCommand(dossier);
  const [returning, setReturning] = useState(false);
  const may = dossier.allowedActions;
  const busy = command.isPending;
  const nameOf = (id: string) => dossier.items.find((i) => i.id === id)?.subject.name;
  const deciding = busy && command.variables?.path === 'decide';
  const last = dossier.versions.at(-1);
  return (
    <>
      <PageHeader
        title={dossier.title}
        subtitle={
          <>
            <RouterAnchor to="/ho-so-cap-duoi-gui-len">{x.back}</RouterAnchor>
            {' · '}
            {t(x.senderLine, {
              sender: dossier.senderName,
              unit: dossier.submittingUnitName,
              year: dossier.year,
            })}
          </>
        }
        actions={
          <>
            {may.return && (
              <Button
                color="orange"
                variant="light"
                disabled={busy}
                onClick={() => setReturning(true)}
                data-testid="return-dossier"
              >
                {x.return.open}
              </Button>
            )}
            <Badge
              size="lg"
              variant="light"
              color={STATUS_COLORS[dossier.status]}
              data-testid="incoming-status"
              data-status={dossier.status}
            >
              {x.status[dossier.status] ?? dossier.status}
            </Badge>
          </>
        }
      />
      <Stack>
        {last && (
          <Text size="sm" c="dimmed" data-testid="incoming-version" data-version={dossier.version}>
            {t(x.versionLine, { version: dossier.version, at: formatDateTime(last.receivedAt) })}
          </Text>
        )}
        {command.error && (
          <div
            data-testid="incoming-failure"
            data-code={isApiError(command.error) ? command.error.code : 'INTERNAL'}
          >
            <ErrorAlert error={command.error} />
          </div>
        )}
        {dossier.decision && <DecisionCard decision={dossier.decision} nameOf={nameOf} />}
        {may.decide && !dossier.decision && (
          <DecidePanel
            dossier={dossier}
            busy={deciding}
            onDecide={(signedOn) => command.mutate({ path: 'decide', body: { signedOn } })}
          />
        )}
        <Grid>
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <Section title={x.items}>
              <Stack>
                {dossier.items.map((item) => (
                  <IncomingItemCard
                    key={item.id}
                    item={item}
                    canApprove={may.approve}
                    busy={busy && command.variables?.path === 'approve'}
                    onApprove={(approved, reason) =>
                      command.mutate({
                        path: 'approve',
                        body: { items: [{ itemId: item.id, approved, ...(reason ? { reason } : {}) }] },
                      })
                    }
                  />
                ))}
              </Stack>
            </Section>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Stack>
              {dossier.returns.length > 0 && (
                <Section title={x.returns} testId="incoming-returns">
                  <Stack gap="sm">
                    {dossier.returns.map((ret) => (
                      <Stack key={ret.at} gap={2}>
                        <Text size="xs" c="dimmed">
                          {t(x.returnedAt, { at: formatDateTime(ret.at) })}
                        </Text>
                        <ReasonList reasons={ret.reasons} nameOf={nameOf} />
                      </Stack>
                    ))}
                  </Stack>
                </Section>
              )}
              <Section title={x.components} testId="incoming-components">
                {dossier.components.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {x.componentsEmpty}
                  </Text>
                ) : (
                  <List size="sm" spacing={4}>
                    {dossier.components.map((c) => (
                      <List.Item key={c.sha256} data-testid="incoming-component">
                        <Text size="sm">{c.name}</Text>
                        {c.href ? (
                          <Anchor href={c.href} download={c.fileName} size="sm">
                            {c.fileName}
                          </Anchor>
                        ) : (
                          <Text span size="sm">
                            {c.fileName}
                          </Text>
                        )}{' '}
                        <Text span size="xs" c="dimmed">
                          ({formatFileSize(c.sizeBytes)})
                        </Text>
                      </List.Item>
                    ))}
                  </List>
                )}
              </Section>
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
      {returning && (
        <ReturnDossierModal
          dossier={dossier}
          busy={busy}
          onClose={() => setReturning(false)}
          onReturn={(reasons) =>
            command.mutate({ path: 'return', body: { reasons } }, { onSuccess: () => setReturning(false) })
          }
        />
      )}
    </>
  );
}

/** One incoming dossier: items with both verdicts, components, returns, and the next step. */
export function IncomingDossierPage({ dossierId }: { dossierId: string }) {
  const q = useIncomingDossier(dossierId);
  if (q.error) return <ErrorAlert error={q.error} />;
  if (!q.data) return <Loader />;
  return <Body dossier={q.data} />;
}
