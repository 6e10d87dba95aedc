import { Alert, Anchor, Badge, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { IconSignature } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { t, ui } from '../../../i18n/ui';
import { isApiError } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import {
  type DecisionSignature,
  useDecisionSignature,
  useSignDecisionWithSeal,
} from '../api/decision-signature';

const s = ui.documents.signature;

/**
 * The decision's digital signature: the "Ký số" button (the organisation's seal, after a
 * confirmation, since a signed decision can no longer be changed), then who signed, when, and
 * whether each stored file still verifies, with the signed PDFs to download. `canSign` is the
 * decision's allowedActions.sign (the signing route's own rule), read by DecisionDocumentsPanel.
 */
export function DecisionSignaturePanel({ decisionId, canSign }: { decisionId: string; canSign: boolean }) {
  const query = useDecisionSignature(decisionId);
  const sign = useSignDecisionWithSeal(decisionId);
  const [confirming, setConfirming] = useState(false);

  if (query.isPending) return <Loader size="sm" />;
  if (query.error) return <ErrorAlert error={query.error} testId="signature-error" />;
  const signature = query.data;
  return (
    <Stack gap="xs" data-testid="decision-signature" data-signed={signature.signed}>
      {signature.signed ? (
        <SignedStatus decisionId={decisionId} signature={signature} />
      ) : (
        <>
          <Text size="sm">{s.unsigned}</Text>
          {canSign && (
            <Group>
              <Button
                leftSection={<IconSignature size={16} />}
                loading={sign.isPending}
                onClick={() => setConfirming(true)}
                data-testid="sign-decision"
              >
                {s.button}
              </Button>
              {sign.isPending && (
                <Text size="sm" c="dimmed" data-testid="signing-progress">
                  {s.progress}
                </Text>
              )}
            </Group>
          )}
        </>
      )}
      {sign.error && (
        <div
          data-testid="signature-failure"
          data-code={isApiError(sign.error) ? sign.error.code : 'INTERNAL'}
        >
          <ErrorAlert error={sign.error} testId="sign-error" />
        </div>
      )}
      <ConfirmDialog
        opened={confirming}
        title={s.confirmTitle}
        text={s.confirmText}
        confirmLabel={s.confirm}
        loading={sign.isPending}
        testId="sign-decision-confirm"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          sign.mutate();
        }}
      />
    </Stack>
  );
}

const FILES: Record<
  DecisionSignature['documents'][number]['kind'],
  { label: string; href: (id: string) => string }
> = {
  DECISION: { label: s.decisionPdf, href: (id) => `/api/decisions/${id}/documents/quyet-dinh.pdf` },
  CERTIFICATES: {
    label: s.certificatesPdf,
    href: (id) => `/api/decisions/${id}/certificates.pdf?layout=full`,
  },
};

function SignedStatus({ decisionId, signature }: { decisionId: string; signature: DecisionSignature }) {
  return (
    <Alert
      color="green"
      icon={<IconSignature size={18} />}
      title={s.signedTitle}
      data-testid="signature-status"
    >
      <Stack gap={4}>
        <Text size="sm">
          {t(s.signedBy, {
            name: signature.signerName ?? '',
            at: formatDateTime(signature.signedAt),
          })}
        </Text>
        {signature.documents.map((doc) => (
          <Group key={doc.kind} gap="xs" data-testid={`signed-${doc.kind}`} data-status={doc.status}>
            <Anchor href={FILES[doc.kind].href(decisionId)} download={doc.name} size="sm">
              {FILES[doc.kind].label}
            </Anchor>
            <Badge color={doc.status === 'VALID' ? 'green' : 'red'} variant="light">
              {s.status[doc.status]}
            </Badge>
          </Group>
        ))}
        <Text size="xs" c="dimmed">
          {s.locked}
        </Text>
      </Stack>
    </Alert>
  );
}
